package com.toolkitatlas.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The page types of the site, read from {@code bench/pages.txt}: the one list shared by the benchmark,
 * the soak and the tests that must cover every page type (headers, hostile requests, PostgreSQL, no SQL).
 */
public final class PageTypes {

    private static final Path LIST = Path.of("bench", "pages.txt");

    private PageTypes() {
    }

    /** Every page type the site has today; pending ones (built on another branch) are left out. */
    public static List<PageType> all() {
        return read().stream().filter(type -> !type.pending()).toList();
    }

    /** The page types that answer 200. */
    public static List<PageType> pages() {
        return all().stream().filter(type -> type.status() == 200).toList();
    }

    private static List<PageType> read() {
        try {
            return Files.readAllLines(LIST).stream()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.split("\\s+"))
                    .map(columns -> new PageType(columns[0],
                            columns[1].equals("pending") ? -1 : Integer.parseInt(columns[1]), columns[2]))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + LIST.toAbsolutePath(), e);
        }
    }

    /** @param status the status it answers, -1 while pending */
    public record PageType(String name, int status, String path) {

        boolean pending() {
            return status < 0;
        }

        @Override
        public String toString() {
            return name + " " + path;
        }
    }
}
