package com.toolkitatlas.fit;

import java.util.List;

import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.html.Markup;

/**
 * Everything {@code /fit} shows: the form, and once something is ticked, the ranking.
 *
 * @param ranking the roles ranked by fit, or null when nothing is ticked
 */
public record FitPage(FitForm form, KnownItems known, FitRanking ranking) {

	public boolean answered() {
		return ranking != null;
	}

	/** The page's own address, with what is ticked. */
	public String href() {
		return known.on("/fit");
	}

	/**
	 * The switch pages from every other role to this one, carrying what is ticked, in the
	 * order of the ranking.
	 */
	public List<Way> waysTo(Role role) {
		// The query once, not once per link (thirty links a page).
		String query = known.on("");
		return ranking.places()
			.stream()
			.map(place -> place.fit().role())
			.filter(from -> !from.equals(role))
			.map(from -> new Way(from, "/switch/" + from.slug() + "-to-" + role.slug() + query))
			.toList();
	}

	/**
	 * {@link #waysTo} as the page prints it: the links, separated by commas. Written here
	 * rather than by a loop in the template: some thirty links on every ticked fit page,
	 * two processed elements each (bench/RESULTS.md, "Rendering, sixth round").
	 */
	public String waysToMarkup(Role role) {
		List<Way> ways = waysTo(role);
		// A link is some 200 characters, with what is ticked in its address.
		Markup html = new Markup(256 * ways.size());
		for (int i = 0; i < ways.size(); i++) {
			html.tag(i == 0 ? "<a class=\"switch-link\"" : ", <a class=\"switch-link\"")
				.attribute("href", ways.get(i).href())
				.tag(">")
				.text(ways.get(i).from().shortName())
				.tag("</a>");
		}
		return html.toString();
	}

	/** A link to the switch page from one role. */
	public record Way(Role from, String href) {
	}

}
