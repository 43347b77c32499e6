package com.toolkitatlas.salary;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

import com.toolkitatlas.catalogue.Period;
import com.toolkitatlas.catalogue.Source;

/**
 * One official figure of an occupation, with its period, the copy it was read from and
 * the other copies that give the same number.
 *
 * @param approximate whether the source rounds it ("about 4,000")
 */
public record OccupationFigure(Measure measure, BigDecimal amount, boolean approximate, Period period, Source source,
		List<Source> agreeing) {

	/**
	 * The figure as a page shows it: "$133,080", "+15.8%", "about 4,000", "1,693,800".
	 */
	public String display() {
		String about = approximate ? "about " : "";
		if (measure.wage()) {
			return about + "$" + NumberFormat.getIntegerInstance(Locale.US).format(amount);
		}
		if (measure == Measure.GROWTH_PERCENT) {
			return (amount.signum() > 0 ? "+" : amount.signum() < 0 ? "−" : "") + amount.abs().toPlainString() + "%";
		}
		if (measure == Measure.CHANGE) {
			return (amount.signum() > 0 ? "+" : amount.signum() < 0 ? "−" : "") + about
					+ NumberFormat.getIntegerInstance(Locale.US).format(amount.abs());
		}
		return about + NumberFormat.getIntegerInstance(Locale.US).format(amount);
	}

	/** The figure as a whole number (wages and counts), for drawing and sorting. */
	public int whole() {
		return amount.intValue();
	}
}
