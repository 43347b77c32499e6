package com.toolkitatlas.catalogue;

import java.util.Locale;

/**
 * One salary figure of a role, always with its basis, region, period and source. It holds
 * a point (a median or an average), a band (a base range or a spread described by
 * rangeLabel), or both.
 *
 * @param period when the figure was measured, as the page shows it
 * @param periodValue the same as a machine-readable value (see {@link Period}), null
 * where the source gives no date
 * @param socCode the BLS occupation the figure measures, or null where it measures none
 * @param proxy whether that occupation only stands in for the role
 */
public record SalaryFigure(SalaryBasis basis, Integer amountUsd, Integer lowUsd, Integer highUsd, String rangeLabel,
		String region, String period, String label, String note, boolean headline, Source source, String periodValue,
		String socCode, boolean proxy) {

	/** The figure's period with its machine-readable value. */
	public Period dated() {
		return new Period(period, periodValue);
	}

	/** Whether the figure covers the whole world rather than one country. */
	public boolean global() {
		return "Global".equals(region);
	}

	public boolean hasRange() {
		return lowUsd != null && highUsd != null;
	}

	public boolean hasAmount() {
		return amountUsd != null;
	}

	/** The lowest value the figure covers. */
	public int low() {
		return hasRange() ? lowUsd : amountUsd;
	}

	/** The highest value the figure covers. */
	public int high() {
		return hasRange() ? highUsd : amountUsd;
	}

	/** The figure in short form, as on a card: "$160k–$250k" or "$133,080". */
	public String display() {
		if (hasAmount()) {
			return dollars(amountUsd);
		}
		return thousands(lowUsd) + "–" + thousands(highUsd);
	}

	/**
	 * The figure in full words: "$112,590 median (10th to 90th percentile:
	 * $63,650–$194,410)" or "$160,000–$250,000 base salary band".
	 */
	public String summary() {
		if (!hasAmount()) {
			return rangeDisplay() + " " + rangeLabel;
		}
		String amount = dollars(amountUsd) + " " + basis.label().toLowerCase(Locale.ROOT);
		return hasRange() ? amount + " (" + rangeLabel + ": " + rangeDisplay() + ")" : amount;
	}

	/** The band in full, where there is one: "$63,650–$194,410". */
	public String rangeDisplay() {
		return hasRange() ? dollars(lowUsd) + "–" + dollars(highUsd) : "";
	}

	/**
	 * An amount in full: "$133,080", grouped by thousands as {@code NumberFormat} does
	 * for the US, without making one on each call (2 % of an uncached {@code /roles}:
	 * bench/ RESULTS.md, "Rendering, ninth round").
	 */
	public static String dollars(int usd) {
		return "$" + grouped(usd);
	}

	/**
	 * A whole number grouped by thousands as {@code NumberFormat.getIntegerInstance} does
	 * for the US: "133,080", "-1,200".
	 */
	public static String grouped(int number) {
		String digits = Long.toString(Math.abs((long) number));
		StringBuilder text = new StringBuilder(digits.length() + digits.length() / 3 + 1);
		if (number < 0) {
			text.append('-');
		}
		int first = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
		text.append(digits, 0, first);
		for (int i = first; i < digits.length(); i += 3) {
			text.append(',').append(digits, i, i + 3);
		}
		return text.toString();
	}

	/** An amount as figures are shown: "$60k" for whole thousands, "$1,366" otherwise. */
	public static String thousands(int usd) {
		return usd % 1000 == 0 ? "$" + usd / 1000 + "k" : dollars(usd);
	}
}
