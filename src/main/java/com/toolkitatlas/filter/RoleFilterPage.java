package com.toolkitatlas.filter;

import java.util.List;

/**
 * Everything the roles page shows: the search and its results, and the short forms the
 * search knows.
 *
 * @param search the search and its results
 * @param shortFormsMarkup the short forms the search knows, as the entries of a
 * description list ({@link Synonyms#listMarkup()})
 */
public record RoleFilterPage(RoleSearch search, String shortFormsMarkup) {

	/** The orders the form offers, the site's first. */
	public List<RoleOrder> orders() {
		return List.of(RoleOrder.values());
	}

	public String title() {
		RoleFilter filter = search.filter();
		return filter.isEmpty() ? "Roles by skill, tool and language" : "Roles: " + filter.summary();
	}
}
