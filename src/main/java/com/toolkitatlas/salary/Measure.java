package com.toolkitatlas.salary;

import java.util.List;

/**
 * What one official figure of an occupation measures: a point of the wage distribution
 * (OEWS) or a part of the employment projections.
 */
public enum Measure {

	P10("10th percentile", true), P25("25th percentile", true), MEDIAN("Median", true), P75("75th percentile", true),
	P90("90th percentile", true), MEAN("Mean", true), WAGE_EMPLOYMENT("Employment in the wage survey", false),
	EMPLOYMENT("Jobs", false), CHANGE("Change in jobs", false), GROWTH_PERCENT("Growth", false),
	OPENINGS("Openings a year", false);

	private final String label;

	private final boolean wage;

	Measure(String label, boolean wage) {
		this.label = label;
		this.wage = wage;
	}

	public String label() {
		return label;
	}

	/** Whether the figure is an annual wage in US dollars. */
	public boolean wage() {
		return wage;
	}

	/** The five points of a wage distribution, lowest first. */
	public static final List<Measure> PERCENTILES = List.of(P10, P25, MEDIAN, P75, P90);

}
