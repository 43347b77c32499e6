package com.toolkitatlas.filter;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.toolkitatlas.catalogue.Language;
import com.toolkitatlas.catalogue.Skill;
import com.toolkitatlas.catalogue.Tool;
import com.toolkitatlas.role.RoleSummary;

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
						filter.query().isEmpty() ? null : filter.query().text()),
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
	 * text.
	 */
	public record Applied(List<String> skill, List<String> tool, List<String> language, Integer minSalary, String q) {
	}

	/** A role the filter keeps, and what in it the filter or the search found. */
	public record Match(RoleSummary role, List<Reason> matched) {

		static Match of(RoleResult result) {
			return new Match(RoleSummary.of(result.role()),
					result.reasons()
						.stream()
						.map(reason -> new Reason(reason.kind(), reason.name().text(),
								reason.importance() == null ? null : reason.importance().name(), reason.chosen(),
								reason.shortForms()))
						.toList());
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
