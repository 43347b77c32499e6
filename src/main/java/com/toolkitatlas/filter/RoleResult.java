package com.toolkitatlas.filter;

import java.util.List;
import java.util.Locale;

import com.toolkitatlas.catalogue.Importance;
import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.catalogue.SalaryFigure;
import com.toolkitatlas.html.Markup;

/**
 * A role the filter keeps, with the reasons: each chosen skill, tool and language with
 * how central it is to the role, and what the search words found, marked.
 *
 * @param name the role's name, with the search words it contains marked
 * @param pay the headline figure, which a minimum salary is compared with
 * @param sortFigure the figure the results are sorted by, or null in the site's order
 */
public record RoleResult(Role role, Highlighted name, SalaryFigure pay, boolean payChosen, List<Reason> reasons,
		SortFigure sortFigure) {

	private static final String PROXY = "<span class=\"occupation__status occupation__status--proxy\">proxy</span>";

	public RoleResult {
		reasons = List.copyOf(reasons);
	}

	RoleResult sortedBy(SortFigure figure) {
		return new RoleResult(role, name, pay, payChosen, reasons, figure);
	}

	/**
	 * Writes the result as the list of results prints it: an item holding the role's name
	 * (linked, the search's words marked), headline, headline pay with its basis and
	 * source, the figure it is sorted by, and why it matches.
	 * @param minSalary the minimum pay chosen, or null
	 */
	void writeTo(Markup html, Integer minSalary) {
		String slug = role.slug();
		html.tag("<li>\n<article class=\"result\"")
			.attribute("aria-labelledby", "result-" + slug)
			.tag(">\n<h3 class=\"result__title\"")
			.attribute("id", "result-" + slug)
			.tag("><a")
			.attribute("href", "/roles/" + slug)
			.tag(">");
		name.writeTo(html);
		html.tag("</a></h3>\n<p class=\"result__headline\">")
			.text(role.headline())
			.tag("</p>\n<p class=\"result__pay\">Headline pay: <strong>")
			.text(pay.display())
			.tag("</strong>\n<span>")
			.text(pay.basis().label().toLowerCase(Locale.ROOT) + ", " + pay.region() + ", " + pay.period())
			.tag(pay.proxy() ? "</span>\n" + PROXY + "\n" : "</span>\n\n")
			.tag("<span class=\"source-ref\">Source: ")
			.link("/sources#" + pay.source().code(), pay.source().title())
			.tag("</span></p>\n");
		if (sortFigure != null) {
			writeSortFigure(html);
		}
		html.tag("\n");
		if (!reasons.isEmpty() || payChosen) {
			writeReasons(html, minSalary);
		}
		html.tag("\n</article>\n</li>");
	}

	private void writeSortFigure(Markup html) {
		html.tag("<p class=\"result__pay\">").text(sortFigure.label() + ":").tag("\n");
		if (sortFigure.known()) {
			html.tag("<strong>");
			sortFigure.figure().writeTo(html).tag("</strong>");
		}
		html.tag("\n<span>").text(sortFigure.detail()).tag("</span>\n");
		if (sortFigure.mapping().proxy()) {
			html.tag(PROXY);
		}
		html.tag("\n");
		if (sortFigure.known()) {
			html.tag("<span class=\"source-ref\">Source: ")
				.link("/sources#" + sortFigure.figure().source().code(), sortFigure.figure().source().title())
				.tag("</span>");
		}
		html.tag("</p>");
	}

	private void writeReasons(Markup html, Integer minSalary) {
		String why = "why-" + role.slug();
		html.tag("\n<p class=\"result__why\"")
			.attribute("id", why)
			.tag(">Why it matches:</p>\n<ul class=\"reasons\"")
			.attribute("aria-labelledby", why)
			.tag(">\n");
		for (int i = 0; i < reasons.size(); i++) {
			if (i > 0) {
				html.tag("\n");
			}
			reasons.get(i).writeTo(html);
		}
		html.tag("\n");
		if (payChosen) {
			html.tag("<li>\n<span class=\"reason__kind\">Pay:</span> the top of its headline figure,\n<strong>")
				.text(SalaryFigure.dollars(pay.high()))
				.tag("</strong>,\nreaches <span>")
				.text(SalaryFigure.dollars(minSalary))
				.tag("</span>\n</li>");
		}
		html.tag("\n</ul>\n");
	}

	/**
	 * One thing of the role that the filter asked for or the search found.
	 *
	 * @param kind "Skill", "Tool", "Language", "Name", "Use case" or "When to hire"
	 * @param importance how central it is to the role; null for the role's name
	 * @param chosen whether it was chosen as a filter option (otherwise only the search
	 * found it)
	 * @param shortForms the short forms typed that stand for it
	 */
	public record Reason(String kind, Highlighted name, String href, Importance importance, boolean chosen,
			List<String> shortForms) {

		public Reason {
			shortForms = List.copyOf(shortForms);
		}

		public boolean core() {
			return importance == Importance.CORE;
		}

		/**
		 * Writes the reason as an item: its kind, its name linked (the search's words
		 * marked), how central it is to the role and the short forms that found it.
		 */
		void writeTo(Markup html) {
			html.tag(core() ? "<li class=\"reason--core\">\n<span class=\"reason__kind\">"
					: "<li>\n<span class=\"reason__kind\">")
				.text(kind + ":")
				.tag("</span>\n<a")
				.attribute("href", href)
				.tag(">");
			name.writeTo(html);
			html.tag("</a>");
			if (importance != null) {
				html.tag(", <span class=\"reason__importance\">")
					.text(importance.label().toLowerCase(Locale.ROOT) + " to the role")
					.tag("</span>");
			}
			if (!shortForms.isEmpty()) {
				// The quotation marks as references, so that the builder stays one byte a
				// character (bench/RESULTS.md, thirteenth round, h19b).
				html.tag(", <span class=\"reason__via\">found by ");
				for (int i = 0; i < shortForms.size(); i++) {
					html.tag(i == 0 ? "&ldquo;" : ", &ldquo;").text(shortForms.get(i)).tag("&rdquo;");
				}
				html.tag("</span>");
			}
			html.tag("\n</li>");
		}
	}
}
