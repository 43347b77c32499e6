package com.toolkitatlas.salary;

import java.util.List;

import com.toolkitatlas.catalogue.Role;

import org.springframework.stereotype.Component;

/**
 * Composes the official pay and outlook of several roles for the comparison pages, on the
 * scale every page shares.
 */
@Component
public class PayComparisons {

	private final Occupations occupations;

	private final SalaryCharts charts;

	public PayComparisons(Occupations occupations, SalaryCharts charts) {
		this.occupations = occupations;
		this.charts = charts;
	}

	/** The roles' main occupations, side by side, in the order given. */
	public PayComparison of(List<Role> roles) {
		SalaryChart scale = charts.chart(List.of());
		return new PayComparison(roles.stream()
			.map(role -> new PayComparison.Row(role, charts.distribution(occupations.main(role))))
			.toList(), scale.ticks(), scale.maxUsd());
	}

}
