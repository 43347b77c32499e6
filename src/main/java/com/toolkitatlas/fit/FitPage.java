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
	 * The ranking as the page prints it: an item per role, in its place, with its fit,
	 * how a tie placed it, what the person has and lacks of its toolkit (open for the
	 * best role), and the links to its profile and to the switch pages that lead to it.
	 * Written here, on each request, rather than by the template's loop: six places of
	 * some twenty processed elements each were the largest part of Thymeleaf's work on
	 * the ticked fit page (bench/RESULTS.md, "Rendering, eleventh round").
	 */
	public String rankingMarkup() {
		// Each place is some 12 kB of markup, most of it its items' tags and its ways.
		Markup html = new Markup(16 * 1024 * ranking.places().size()).tag("\n");
		for (FitRanking.Place place : ranking.places()) {
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
				html.tag("\n").tag(fit.haveMarkup());
			}
			html.tag("\n<h4>Core items you lack</h4>\n");
			if (fit.lacksCore()) {
				html.tag("\n").tag(fit.coreLackingMarkup());
			}
			else {
				html.tag("<p class=\"muted\">None: you have every core item.</p>\n");
			}
			html.tag("\n<h4>Secondary items you lack</h4>\n");
			if (fit.lacksSecondary()) {
				html.tag("\n").tag(fit.secondaryLackingMarkup());
			}
			else {
				html.tag("<p class=\"muted\">None.</p>\n");
			}
			html.tag("\n</details>\n<p class=\"pick-ranking__links fit-moves\">\n")
				.link(profile, role.shortName() + " profile")
				.tag("\n<span>The way here from:\n");
			writeWaysTo(role, html);
			html.tag("</span>\n</p>\n</li>\n");
		}
		return html.toString();
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
	 * thirty links on every ticked fit page).
	 */
	private void writeWaysTo(Role role, Markup html) {
		List<Way> ways = waysTo(role);
		for (int i = 0; i < ways.size(); i++) {
			html.tag(i == 0 ? "<a class=\"switch-link\"" : ", <a class=\"switch-link\"")
				.attribute("href", ways.get(i).href())
				.tag(">")
				.text(ways.get(i).from().shortName())
				.tag("</a>");
		}
	}

	/** A link to the switch page from one role. */
	public record Way(Role from, String href) {
	}

}
