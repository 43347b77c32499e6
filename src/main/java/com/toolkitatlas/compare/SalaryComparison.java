package com.toolkitatlas.compare;

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
}
