package com.toolkitatlas.filter;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.html.Markup;
import com.toolkitatlas.salary.Occupation;
import com.toolkitatlas.salary.SharedOccupation;

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
	 * The items of the list of results, as the page prints them
	 * ({@link RoleResult#writeTo}). Written on each request: each result was some twenty
	 * processed elements and a fragment call per marked name (bench/RESULTS.md,
	 * "Rendering, ninth round").
	 */
	public String resultsMarkup() {
		Markup html = new Markup(results.size() * 1500);
		for (RoleResult result : results) {
			html.tag("\n");
			result.writeTo(html, filter.minSalary());
		}
		return html.tag("\n").toString();
	}

	/**
	 * What the results are sorted by, with the period of the figures: "Sorted by official
	 * median pay, May 2024, highest first"; null in the site's order.
	 */
	public String sortText() {
		RoleOrder order = filter.order();
		if (order.bySite()) {
			return null;
		}
		String periods = sortFigures().stream()
			.filter(SortFigure::known)
			.map(figure -> figure.figure().period().label())
			.distinct()
			.collect(Collectors.joining(" and "));
		return "Sorted by " + order.label() + " of each role's occupation" + (periods.isEmpty() ? "" : ", " + periods)
				+ ", " + order.direction();
	}

	/**
	 * The occupations that stand for more than one of the results, with those roles: they
	 * have one figure between them, so they tie. Grouped by code: an occupation's own
	 * hash code hashes each of its figures, with their sources (2 to 4 % of the roles
	 * page sorted by pay, bench/RESULTS.md, "Rendering, tenth round").
	 */
	public List<SharedOccupation> ties() {
		Map<String, List<Role>> roles = new LinkedHashMap<>();
		Map<String, Occupation> occupations = new HashMap<>();
		for (RoleResult result : results) {
			if (result.sortFigure() != null) {
				Occupation occupation = result.sortFigure().mapping().occupation();
				occupations.putIfAbsent(occupation.socCode(), occupation);
				roles.computeIfAbsent(occupation.socCode(), key -> new ArrayList<>()).add(result.role());
			}
		}
		return roles.entrySet()
			.stream()
			.filter(entry -> entry.getValue().size() > 1)
			.map(entry -> new SharedOccupation(occupations.get(entry.getKey()), entry.getValue()))
			.toList();
	}

	/** The results whose occupation has no figure to sort by, which come last. */
	public List<Role> unsorted() {
		return results.stream()
			.filter(result -> result.sortFigure() != null && !result.sortFigure().known())
			.map(RoleResult::role)
			.toList();
	}

	/**
	 * How many results are sorted by the figure of an occupation that is only a proxy.
	 */
	public long proxies() {
		return sortFigures().stream().filter(figure -> figure.mapping().proxy()).count();
	}

	private List<SortFigure> sortFigures() {
		return results.stream().map(RoleResult::sortFigure).filter(figure -> figure != null).toList();
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
