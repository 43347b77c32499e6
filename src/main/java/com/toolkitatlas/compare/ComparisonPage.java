package com.toolkitatlas.compare;

import java.util.List;

import com.toolkitatlas.catalogue.Citations;
import com.toolkitatlas.catalogue.Role;

/** A comparison a page shows, known by its canonical address. */
public interface ComparisonPage {

	/** The canonical address of the page, for {@code <link rel="canonical">}. */
	String path();

	/** The roles compared, in column order. */
	List<Role> roles();

	/** The at-a-glance rows, a cell per role in column order. */
	List<GlanceRow> glance();

	/**
	 * The at-a-glance table's body, every row in its own row group
	 * ({@link GlanceRow#bodiesMarkup}).
	 * @param citations the page's numbered sources, or null where the page has none
	 */
	default String glanceMarkup(Citations citations) {
		return GlanceRow.bodiesMarkup(glance(), citations, roles().size());
	}

}
