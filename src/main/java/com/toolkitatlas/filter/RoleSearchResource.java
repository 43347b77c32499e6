package com.toolkitatlas.filter;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.toolkitatlas.catalogue.Language;
import com.toolkitatlas.catalogue.Skill;
import com.toolkitatlas.catalogue.Tool;
import com.toolkitatlas.role.RoleSummary;
import com.toolkitatlas.salary.Occupation;
import com.toolkitatlas.salary.OccupationFigure;

/**
 * The roles a filter keeps, as the JSON API returns them: each with why it matched, and
 * the count of roles each option would leave, as the filter page shows them.
 */
public record RoleSearchResource(int count, Applied filter, List<Match> roles, List<FacetCount> facets,
		Map<String, String> links) {

	public static RoleSearchResource of(RoleSearch search) {
		RoleFilter filter = search.filter();
		String query = filter.href().substring("/roles".length());
		Map<String, String> links = new LinkedHashMap<>();
		links.put("self", "/api/roles" + query);
		links.put("html", filter.href());
		links.put("csv", "/api/roles.csv" + query);
		return new RoleSearchResource(search.results().size(),
				new Applied(filter.skills().stream().map(Skill::slug).toList(),
						filter.tools().stream().map(Tool::slug).toList(),
						filter.languages().stream().map(Language::slug).toList(), filter.minSalary(),
						filter.query().isEmpty() ? null : filter.query().text(), filter.order().parameter()),
				search.results().stream().map(Match::of).toList(),
				search.facets()
					.stream()
					.flatMap(facet -> facet.groups()
						.stream()
						.flatMap(group -> group.options()
							.stream()
							.map(option -> new FacetCount(facet.parameter(), option.slug(), option.name(),
									option.count(), option.selected()))))
					.toList(),
				links);
	}

	/**
	 * The filter as it was understood: slugs, the minimum pay in US dollars, the search
	 * text, the order (null for the site's order).
	 */
	public record Applied(List<String> skill, List<String> tool, List<String> language, Integer minSalary, String q,
			String sort) {
	}

	/**
	 * A role the filter keeps, what in it the filter or the search found, and, when the
	 * roles are sorted, the figure it was sorted by.
	 */
	public record Match(RoleSummary role, SortedBy sortedBy, List<Reason> matched) {

		static Match of(RoleResult result) {
			return new Match(RoleSummary.of(result.role()), SortedBy.of(result.sortFigure()),
					result.reasons()
						.stream()
						.map(reason -> new Reason(reason.kind(), reason.name().text(),
								reason.importance() == null ? null : reason.importance().name(), reason.chosen(),
								reason.shortForms()))
						.toList());
		}
	}

	/**
	 * The figure of the role's main official occupation the roles are sorted by.
	 *
	 * @param measure MEDIAN (US dollars a year) or GROWTH_PERCENT (per cent over the
	 * window)
	 * @param proxy whether the occupation only stands in for the role
	 * @param value the figure, or null where the sources give none (the role is then
	 * last)
	 * @param period the figure's period as people read it ("May 2024", "2024–34"), or
	 * null
	 * @param periodValue the period as an EDTF value ("2024-05", "2024/2034"), or null
	 */
	public record SortedBy(String measure, String socCode, String occupation, boolean proxy, BigDecimal value,
			String period, String periodValue) {

		static SortedBy of(SortFigure figure) {
			if (figure == null) {
				return null;
			}
			Occupation occupation = figure.mapping().occupation();
			OccupationFigure known = figure.figure();
			return new SortedBy(figure.order().measure().name(), occupation.socCode(), occupation.title(),
					figure.mapping().proxy(), known == null ? null : known.amount(),
					known == null ? null : known.period().label(), known == null ? null : known.period().value());
		}
	}

	/**
	 * @param kind Skill, Tool, Language, Name, Use case or When to hire
	 * @param importance CORE or SECONDARY; null for a match in the role's name
	 * @param chosen whether it was a chosen filter value rather than only found by the
	 * search
	 */
	public record Reason(String kind, String name, String importance, boolean chosen, List<String> shortForms) {
	}

	/** How many of the current results an option would keep if it were added. */
	public record FacetCount(String parameter, String slug, String name, int count, boolean selected) {
	}
}
