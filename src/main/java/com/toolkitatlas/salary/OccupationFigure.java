package com.toolkitatlas.salary;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

import com.toolkitatlas.catalogue.Period;
import com.toolkitatlas.catalogue.SalaryFigure;
import com.toolkitatlas.catalogue.Source;
import com.toolkitatlas.html.Markup;

/**
 * One official figure of an occupation, with its period, the copy it was read from and
 * the other copies that give the same number.
 *
 * @param approximate whether the source rounds it ("about 4,000")
 */
public record OccupationFigure(Measure measure, BigDecimal amount, boolean approximate, Period period, Source source,
		List<Source> agreeing) {

	private static final BigDecimal LARGEST_INT = BigDecimal.valueOf(Integer.MAX_VALUE);

	/**
	 * The figure as a page shows it: "$133,080", "+15.8%", "about 4,000", "1,693,800".
	 */
	public String display() {
		return sign() + unsigned();
	}

	/**
	 * The {@link #display()} written into markup, a minus sign ("−4.2%") as
	 * {@code &minus;}: as a character beyond Latin-1 it would widen the builder to two
	 * bytes a character for the rest of the page's markup (bench/RESULTS.md, thirteenth
	 * round, h19b).
	 */
	public Markup writeTo(Markup html) {
		String sign = sign();
		return html.tag(sign.equals("−") ? "&minus;" : sign).text(unsigned());
	}

	/** Whether the figure is a change, shown with its sign, rather than a level. */
	private boolean change() {
		return measure == Measure.GROWTH_PERCENT || measure == Measure.CHANGE;
	}

	private String sign() {
		return !change() || amount.signum() == 0 ? "" : amount.signum() > 0 ? "+" : "−";
	}

	/** The figure after its sign. */
	private String unsigned() {
		String about = approximate ? "about " : "";
		if (measure.wage()) {
			return about + "$" + grouped(amount);
		}
		if (measure == Measure.GROWTH_PERCENT) {
			return amount.abs().toPlainString() + "%";
		}
		return about + grouped(change() ? amount.abs() : amount);
	}

	/**
	 * The amount grouped by thousands as
	 * {@code NumberFormat.getIntegerInstance(Locale.US)} writes it. A whole amount (every
	 * figure the sources give) is grouped without making a {@code NumberFormat}: one per
	 * figure was 3 % of the roles page sorted by pay (bench/RESULTS.md, "Rendering, tenth
	 * round").
	 */
	static String grouped(BigDecimal amount) {
		if (amount.signum() == 0) {
			return "0";
		}
		BigDecimal whole = amount.stripTrailingZeros();
		if (whole.scale() <= 0 && whole.abs().compareTo(LARGEST_INT) <= 0) {
			return SalaryFigure.grouped(whole.intValueExact());
		}
		return NumberFormat.getIntegerInstance(Locale.US).format(amount);
	}

	/** The figure as a whole number (wages and counts), for drawing and sorting. */
	public int whole() {
		return amount.intValue();
	}
}
