package com.toolkitatlas.salary;

import java.util.List;

import com.toolkitatlas.catalogue.SalaryFigure;

/**
 * What a role's pay looks like on the shared scale: the official distribution of each of
 * its occupations, the other US figures (seed bands, job-board averages, reported pay) as
 * marks with their basis, and the global survey figures apart, since they are not
 * comparable with US ones.
 */
public record PayPicture(List<PayDistribution> distributions, SalaryChart marks, List<SalaryFigure> global,
		List<SalaryChart.Tick> ticks, int maxUsd) {

	/** The ticks that carry a label. */
	public List<SalaryChart.Tick> labelledTicks() {
		return ticks.stream().filter(tick -> tick.label() != null).toList();
	}
}
