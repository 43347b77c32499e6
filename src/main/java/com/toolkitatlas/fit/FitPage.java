package com.toolkitatlas.fit;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.html.Markup;

/**
 * Everything {@code /fit} shows: the form, and once something is ticked, the ranking.
 *
 * @param ranking the roles ranked by fit, or null when nothing is ticked
 * @param toolkits every role's items, grouped and written once, which the ranking prints
 */
public record FitPage(FitForm form, KnownItems known, FitRanking ranking, PrintedToolkits toolkits) {

	public boolean answered() {
		return ranking != null;
	}

	/** The page's own address, with what is ticked. */
	public String href() {
		return known.on("/fit");
	}

	/**
	 * The ranking as the page prints it: an item per role, in its place, with its fit,
	 * how a tie placed it, what the person has and lacks of its toolkit (open for the
	 * best role), and the links to its profile and to the switch pages that lead to it.
	 * Written here, on each request, rather than by the template's loop: six places of
	 * some twenty processed elements each were the largest part of Thymeleaf's work on
	 * the ticked fit page (bench/RESULTS.md, "Rendering, eleventh round").
	 */
	public String rankingMarkup() {
		// Each place prints every item of its toolkit once, in one of its three lists,
		// and a way from each other role; the rest of a place is under 1,500
		// characters. Room for all of it, so that the markup is not copied as it grows.
		List<FitRanking.Place> places = ranking.places();
		String query = escaped(known.on(""));
		int length = 0;
		for (FitRanking.Place place : places) {
			length += 1500 + toolkits.length(place.fit().role()) + places.size() * (80 + query.length());
		}
		Set<Item> ticked = new HashSet<>(known.items());
		Markup html = new Markup(length).tag("\n");
		for (FitRanking.Place place : places) {
			RoleFit fit = place.fit();
			Role role = fit.role();
			String profile = "/roles/" + role.slug();
			html.tag("<li class=\"pick-ranking__item\"")
				.attribute("id", "fit-" + role.slug())
				.tag(">\n<h3 class=\"pick-ranking__title\">\n<span class=\"pick-ranking__rank\">")
				.text(place.rank() + ".")
				.tag("</span>\n")
				.link(profile, role.name())
				.tag("\n</h3>\n<p class=\"pick-ranking__score\">Fit <strong class=\"fit-percent\">")
				.text(fit.percent() + "%")
				.tag("</strong></p>\n<p class=\"fit-summary\">")
				.text(fit.coreSummary())
				.tag("</p>\n");
			if (place.tie() != null) {
				html.tag("<p class=\"muted\">").text(place.tie()).tag("</p>");
			}
			html.tag(place.rank() == 1 ? "\n<details class=\"fit-details\" open=\"open\">\n<summary>"
					: "\n<details class=\"fit-details\">\n<summary>")
				.text("What you have and what you lack for " + role.shortName())
				.tag("</summary>\n<h4>What you have</h4>\n");
			if (fit.have().isEmpty()) {
				html.tag("<p class=\"muted\">Nothing you ticked is in this toolkit.</p>\n");
			}
			else {
				html.tag("\n");
				toolkits.write(role, need -> ticked.contains(need.item()), html);
			}
			html.tag("\n<h4>Core items you lack</h4>\n");
			if (fit.lacksCore()) {
				html.tag("\n");
				toolkits.write(role, need -> need.core() && !ticked.contains(need.item()), html);
			}
			else {
				html.tag("<p class=\"muted\">None: you have every core item.</p>\n");
			}
			html.tag("\n<h4>Secondary items you lack</h4>\n");
			if (fit.lacksSecondary()) {
				html.tag("\n");
				toolkits.write(role, need -> !need.core() && !ticked.contains(need.item()), html);
			}
			else {
				html.tag("<p class=\"muted\">None.</p>\n");
			}
			html.tag("\n</details>\n<p class=\"pick-ranking__links fit-moves\">\n")
				.link(profile, role.shortName() + " profile")
				.tag("\n<span>The way here from:\n");
			writeWaysTo(role, query, html);
			html.tag("</span>\n</p>\n</li>\n");
		}
		return html.toString();
	}

	/**
	 * "Learn next" as the page prints it: for each suggestion, its item linked to its
	 * page, why it counts and what it adds to each of the best roles' fits. Written here
	 * rather than by the template's loop (five iterations of four expressions, two of
	 * them streams), which with the form's loop was a quarter of the ticked fit page
	 * (bench/RESULTS.md, fifteenth round). The list's items are separated by a line
	 * break, as the loop separated them.
	 */
	public String learnNextMarkup() {
		List<FitRanking.Suggestion> suggestions = ranking.learnNext();
		if (suggestions.isEmpty()) {
			return "\n\n";
		}
		Markup html = new Markup(300 * suggestions.size());
		for (FitRanking.Suggestion suggestion : suggestions) {
			html.tag("\n<li>\n")
				.link(suggestion.item().href(), suggestion.item().name())
				.tag(":\n<span>")
				.text(suggestion.why())
				.tag("</span>\n<span class=\"muted\">")
				.text(suggestion.gainsText())
				.tag("</span>\n</li>");
		}
		return html.tag("\n").toString();
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
	 * Writes {@link #waysTo} as the page prints it: the links, separated by commas (some
	 * thirty links on every ticked fit page), the query that carries what is ticked
	 * escaped once for them all.
	 * @param query the query, escaped as an attribute's value
	 */
	private void writeWaysTo(Role role, String query, Markup html) {
		boolean first = true;
		for (FitRanking.Place place : ranking.places()) {
			Role from = place.fit().role();
			if (!from.equals(role)) {
				html.tag(first ? "<a class=\"switch-link\" href=\"/switch/"
						: ", <a class=\"switch-link\" href=\"/switch/")
					.text(from.slug())
					.tag("-to-")
					.text(role.slug())
					.tag(query)
					.tag("\">")
					.text(from.shortName())
					.tag("</a>");
				first = false;
			}
		}
	}

	/** Text escaped as {@link Markup#attribute} escapes an attribute's value. */
	private static String escaped(String text) {
		return new Markup(text.length() + 16).text(text).toString();
	}

	/** A link to the switch page from one role. */
	public record Way(Role from, String href) {
	}

}
