package com.toolkitatlas.filter;

import java.util.EnumMap;
import java.util.Map;

import com.toolkitatlas.html.Markup;

/**
 * Everything the roles page shows: the search and its results, and the short forms the
 * search knows.
 *
 * @param search the search and its results
 * @param shortFormsMarkup the short forms the search knows, as the entries of a
 * description list ({@link Synonyms#listMarkup()})
 */
public record RoleFilterPage(RoleSearch search, String shortFormsMarkup) {

	/**
	 * The form's choice of order, a radio button each, the site's first, with the
	 * filter's order checked: one finished version for each order, written once. The
	 * template's loop over them evaluated six expressions an order on every full roles
	 * page (bench/RESULTS.md, fifteenth round).
	 */
	private static final Map<RoleOrder, String> ORDER_CHOICES = orderChoices();

	/** The radio buttons of the orders, as the entries of the form's list. */
	public String orderChoicesMarkup() {
		return ORDER_CHOICES.get(search.filter().order());
	}

	private static Map<RoleOrder, String> orderChoices() {
		Map<RoleOrder, String> choices = new EnumMap<>(RoleOrder.class);
		for (RoleOrder checked : RoleOrder.values()) {
			Markup html = new Markup(600);
			for (RoleOrder order : RoleOrder.values()) {
				String id = "sort-" + (order.parameter() == null ? "site" : order.parameter());
				html.tag("\n<li>\n<input type=\"radio\" name=\"sort\"")
					.attribute("value", order.parameter() == null ? "" : order.parameter())
					.attribute("id", id)
					.tag(order == checked ? " checked=\"checked\">\n<label" : ">\n<label")
					.attribute("for", id)
					.tag(">")
					.text(order.choice())
					.tag("</label>\n</li>");
			}
			choices.put(checked, html.tag("\n").toString());
		}
		return choices;
	}

	public String title() {
		RoleFilter filter = search.filter();
		return filter.isEmpty() ? "Roles by skill, tool and language" : "Roles: " + filter.summary();
	}
}
