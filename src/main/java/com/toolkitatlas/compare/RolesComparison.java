package com.toolkitatlas.compare;

import java.util.List;
import java.util.stream.Collectors;

import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.web.English;

/**
 * Three or more roles in one table, in display order, with their pay and the similarity
 * of each two.
 */
public record RolesComparison(List<Role> roles, List<GlanceRow> glance, SalaryComparison salary,
		SimilarityMatrix similarity) implements ComparisonPage {

	/** The roles in display order. */
	@Override
	public String path() {
		return "/compare?" + RoleSelection.PARAMETER + "="
				+ roles.stream().map(Role::slug).collect(Collectors.joining(","));
	}

	/**
	 * The roles' short names, as a title reads them: "ML Engineer, Data Engineer and
	 * DevOps Engineer".
	 */
	public String names() {
		return English.list(roles.stream().map(Role::shortName).toList());
	}
}
