package com.toolkitatlas.web;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes rows as RFC 4180 CSV: fields quoted when they hold a comma, a quote or a line
 * break; CRLF line ends.
 */
public final class Csv {

	private Csv() {
	}

	public static String of(List<List<String>> rows) {
		return rows.stream().map(Csv::line).collect(Collectors.joining("\r\n", "", "\r\n"));
	}

	private static String line(List<String> fields) {
		return fields.stream().map(Csv::field).collect(Collectors.joining(","));
	}

	private static String field(String value) {
		if (value == null) {
			return "";
		}
		boolean quote = value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r");
		return quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
	}

}
