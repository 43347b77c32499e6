package com.toolkitatlas.filter;

import java.util.Comparator;
import java.util.List;

/**
 * The roles a filter keeps, with why each matched, the count next to every option, the
 * chosen values (each removable) and the search words that found nothing.
 *
 * @param unmatchedWords search terms that find nothing in any role
 */
public record RoleSearch(RoleFilter filter, List<RoleResult> results, List<Facet> facets, List<AppliedFilter> applied,
		List<String> unmatchedWords) {

	public RoleSearch {
		results = List.copyOf(results);
		facets = List.copyOf(facets);
		applied = List.copyOf(applied);
		unmatchedWords = List.copyOf(unmatchedWords);
	}

	/** The number of results in words, as the heading above them says it. */
	public String countText() {
		int count = results.size();
		if (filter.isEmpty()) {
			return "All " + count + " roles";
		}
		return switch (count) {
			case 0 -> "No role matches";
			case 1 -> "1 role matches";
			default -> count + " roles match";
		};
	}

	/**
	 * When nothing matches: the chosen values whose removal brings roles back, the most
	 * roles first.
	 */
	public List<AppliedFilter> suggestions() {
		return applied.stream()
			.filter(value -> value.rolesWithout() > 0)
			.sorted(Comparator.comparingInt(AppliedFilter::rolesWithout).reversed())
			.toList();
	}

	/**
	 * A chosen value, the address of the same filter without it, and how many roles that
	 * would show.
	 */
	public record AppliedFilter(String kind, String value, String removeHref, int rolesWithout) {
	}
}
