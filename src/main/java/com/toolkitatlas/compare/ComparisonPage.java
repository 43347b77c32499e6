package com.toolkitatlas.compare;

import java.util.List;

import com.toolkitatlas.catalogue.Citations;
import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.html.Markup;

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

	/**
	 * The at-a-glance table in its scrolling region: the caption, a column per role
	 * headed by a link to the role's profile, and the rows ({@link #glanceMarkup}).
	 * @param caption what the table shows, also the region's accessible name
	 * @param citations the page's numbered sources, or null where the page has none
	 */
	default String glanceTableMarkup(String caption, Citations citations) {
		Markup html = new Markup(16 * 1024).tag("<div class=\"table-scroll\" tabindex=\"0\" role=\"region\"")
			.attribute("aria-label", caption)
			.tag(">\n<table")
			.attribute("class", "glance glance--" + roles().size())
			.tag(">\n<caption>")
			.text(caption)
			.tag("</caption>\n<thead>\n<tr>");
		for (Role role : roles()) {
			html.tag("\n<th scope=\"col\">").link("/roles/" + role.slug(), role.name()).tag("</th>");
		}
		return html.tag("\n</tr>\n</thead>\n").tag(glanceMarkup(citations)).tag("\n</table>\n</div>").toString();
	}

}
