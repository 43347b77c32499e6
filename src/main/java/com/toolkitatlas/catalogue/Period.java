package com.toolkitatlas.catalogue;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * When a figure was measured, as people read it ("May 2024", "2024–34", "no date given by
 * the source") and as programs read it: an Extended Date/Time Format (ISO 8601-2) value,
 * a year, a month or a day ({@code 2020}, {@code 2024-05}, {@code 2025-03-24}) or a
 * window of two of them ({@code 2024/2034}). The value is null when the source gives no
 * date, never free text.
 */
public record Period(String label, String value) {

	private static final Pattern EDTF = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?(/\\d{4}(-\\d{2}(-\\d{2})?)?)?");

	/**
	 * A period whose value is checked: a malformed value or a label that does not name
	 * the value's year fails, so a typing error in a migration cannot reach a page.
	 */
	public Period {
		if (label == null || label.isBlank()) {
			throw new IllegalArgumentException("A period needs a label");
		}
		if (value != null) {
			if (!EDTF.matcher(value).matches()) {
				throw new IllegalArgumentException("Not a year, month, day or window: " + value);
			}
			for (String part : value.split("/")) {
				parse(part);
			}
			String[] parts = value.split("/");
			if (parts.length == 2 && parts[0].compareTo(parts[1]) > 0) {
				throw new IllegalArgumentException("A window that ends before it starts: " + value);
			}
			if (!label.contains(value.substring(0, 4))) {
				throw new IllegalArgumentException("The label " + label + " does not name the year of " + value);
			}
		}
	}

	/** Whether the source gives a date at all. */
	public boolean dated() {
		return value != null;
	}

	/** Whether the period is a window of time, such as a projection's 2024/2034. */
	public boolean window() {
		return value != null && value.contains("/");
	}

	/** The first year the period covers, or null when undated. */
	public Integer startYear() {
		return value == null ? null : Integer.valueOf(value.substring(0, 4));
	}

	/** The last year the period covers, or null when undated. */
	public Integer endYear() {
		return value == null ? null : Integer.valueOf(value.substring(value.lastIndexOf('/') + 1).substring(0, 4));
	}

	private static void parse(String part) {
		try {
			switch (part.length()) {
				case 4 -> Year.parse(part);
				case 7 -> YearMonth.parse(part);
				default -> LocalDate.parse(part);
			}
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("Not a calendar date: " + part, ex);
		}
	}
}
