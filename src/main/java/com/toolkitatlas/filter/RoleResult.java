package com.toolkitatlas.filter;

import java.util.List;

import com.toolkitatlas.catalogue.Importance;
import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.catalogue.SalaryFigure;

/**
 * A role the filter keeps, with the reasons: each chosen skill, tool and language with
 * how central it is to the role, and what the search words found, marked.
 *
 * @param name the role's name, with the search words it contains marked
 * @param pay the headline figure, which a minimum salary is compared with
 * @param sortFigure the figure the results are sorted by, or null in the site's order
 */
public record RoleResult(Role role, Highlighted name, SalaryFigure pay, boolean payChosen, List<Reason> reasons,
		SortFigure sortFigure) {

	public RoleResult {
		reasons = List.copyOf(reasons);
	}

	RoleResult sortedBy(SortFigure figure) {
		return new RoleResult(role, name, pay, payChosen, reasons, figure);
	}

	/**
	 * One thing of the role that the filter asked for or the search found.
	 *
	 * @param kind "Skill", "Tool", "Language", "Name", "Use case" or "When to hire"
	 * @param importance how central it is to the role; null for the role's name
	 * @param chosen whether it was chosen as a filter option (otherwise only the search
	 * found it)
	 * @param shortForms the short forms typed that stand for it
	 */
	public record Reason(String kind, Highlighted name, String href, Importance importance, boolean chosen,
			List<String> shortForms) {

		public Reason {
			shortForms = List.copyOf(shortForms);
		}

		public boolean core() {
			return importance == Importance.CORE;
		}
	}
}
