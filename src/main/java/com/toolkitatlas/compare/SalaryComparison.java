package com.toolkitatlas.compare;

import com.toolkitatlas.html.Markup;
import com.toolkitatlas.salary.SalaryChart;

/**
 * The headline pay figure of each compared role on the site's common scale.
 *
 * @param warning set when the figures are not of the same kind (basis or region), saying
 * how they differ; else null
 */
public record SalaryComparison(SalaryChart headlines, String warning) {

	public boolean comparable() {
		return warning == null;
	}

	/**
	 * The note that the headline figures are not of the same kind, as both comparison
	 * pages print it; only where they are not ({@link #comparable()} false).
	 */
	void writeWarning(Markup html) {
		html.tag("<div class=\"note salary-warning\">\n<p><strong>Not the same kind of figure.</strong> <span>")
			.text(warning)
			.tag("</span></p>\n</div>\n\n");
	}

}
