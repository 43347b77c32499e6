package com.toolkitatlas.salary;

import java.util.ArrayList;
import java.util.List;

import com.toolkitatlas.catalogue.Role;

import org.springframework.stereotype.Component;

/**
 * Composes the official pay and outlook of several roles for the comparison pages, on one
 * scale fitted to their distributions.
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
		SalaryCharts.Distributions drawn = charts.distributions(roles.stream().map(occupations::main).toList());
		List<PayComparison.Row> rows = new ArrayList<>();
		for (int i = 0; i < roles.size(); i++) {
			rows.add(new PayComparison.Row(roles.get(i), drawn.distributions().get(i)));
		}
		return new PayComparison(List.copyOf(rows), drawn.ticks(), drawn.maxUsd());
	}

}
