package com.toolkitatlas.salary;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.toolkitatlas.catalogue.Role;

/**
 * Several roles' official pay distributions side by side on the shared scale, and their
 * job outlook, one row per role (its main occupation). A proxy says so on every row.
 */
public record PayComparison(List<Row> rows, List<SalaryChart.Tick> ticks, int maxUsd) {

	/** The ticks that carry a label. */
	public List<SalaryChart.Tick> labelledTicks() {
		return ticks.stream().filter(tick -> tick.label() != null).toList();
	}

	/** The projection window of the rows, as the first one with a window gives it. */
	public String window() {
		return rows.stream()
			.map(row -> row.distribution().occupation().outlookWindow())
			.filter(window -> window != null)
			.findFirst()
			.orElse(null);
	}

	/**
	 * The occupations that stand for more than one of the roles compared: their rows are
	 * one measurement shown more than once.
	 */
	public List<SharedOccupation> shared() {
		Map<String, List<Row>> bySoc = rows.stream()
			.collect(Collectors.groupingBy(row -> row.distribution().occupation().socCode(), LinkedHashMap::new,
					Collectors.toList()));
		return bySoc.values()
			.stream()
			.filter(same -> same.size() > 1)
			.map(same -> new SharedOccupation(same.get(0).distribution().occupation(),
					same.stream().map(Row::role).toList()))
			.toList();
	}

	/** One role and the distribution of its main occupation. */
	public record Row(Role role, PayDistribution distribution) {

		public RoleOccupation mapping() {
			return distribution.mapping();
		}

	}
}
