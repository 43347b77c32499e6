package com.toolkitatlas.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.springframework.util.DigestUtils;

/**
 * A page as rendered once: its bytes, every header it is sent with, and its ETag. Pages are a pure
 * function of the request's address and the catalogue, so the same bytes can be sent again.
 *
 * @param headers every header but Content-Type, Content-Length and Content-Encoding, ready to be added
 * @param gzipped the body compressed once, or null where it is too small to gain from it
 */
record RenderedPage(String contentType, List<Header> headers, byte[] body, byte[] gzipped, String etag) {

    /** Below this size compression gains too little to be worth it. */
    static final int MIN_COMPRESSED_SIZE = 1024;

    record Header(String name, String value) {
    }

    static String etagOf(byte[] body) {
        return "W/\"" + DigestUtils.md5DigestAsHex(body) + "\"";
    }

    /** What the page costs to keep in memory, roughly. */
    long size() {
        return body.length + (gzipped == null ? 0 : gzipped.length) + 64L * headers.size() + 256;
    }

    static byte[] gzip(byte[] body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(body.length / 4);
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
