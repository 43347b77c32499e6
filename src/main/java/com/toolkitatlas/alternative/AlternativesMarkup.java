package com.toolkitatlas.alternative;

import java.util.List;

import com.toolkitatlas.alternative.Alternatives.Alternative;
import com.toolkitatlas.alternative.Alternatives.SideBySideRow;
import com.toolkitatlas.alternative.Alternatives.StrengthFit;
import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.catalogue.Source;
import com.toolkitatlas.catalogue.Tool;
import com.toolkitatlas.html.Markup;

/**
 * The lists of an alternatives page: the ranked alternatives, the side-by-side table's
 * rows, the how-to-pick list and the strengths. Written here rather than by the
 * template's loops, which were two thirds of the page's cost: five alternatives of some
 * twenty expressions each, six rows of the table with a loop over each role's core tools,
 * and two more lists (bench/RESULTS.md, "Rendering, sixteenth round"). Written on each
 * request, with the line breaks the template printed; every text escaped as
 * {@code th:text} escaped it, the en dash of a pay range kept as the character it was
 * (see {@link #text}).
 */
final class AlternativesMarkup {

	private AlternativesMarkup() {
	}

	/**
	 * The ranked alternatives, each an item of the ordered list: its rank and name linked
	 * to its profile, its headline, the reason for its place, how it differs, what it is
	 * best for, what the two roles have in common, the pay against the role's with its
	 * sources, and the links on to its profile, the comparison and the move.
	 */
	static String ranked(Role role, List<Alternative> alternatives) {
		Markup html = new Markup(4096 * alternatives.size());
		for (Alternative alt : alternatives) {
			Role other = alt.role();
			html.tag("\n<li class=\"alt\"")
				.attribute("id", "alt-" + other.slug())
				.tag(">\n<h3 class=\"alt__title\">\n<span class=\"alt__rank\">")
				.tag(Integer.toString(alt.rank()))
				.tag(".</span>\n")
				.link("/roles/" + other.slug(), other.name())
				.tag("\n</h3>\n<p class=\"alt__headline\">");
			text(html, other.headline()).tag("</p>\n<p class=\"alt__reason\"><strong>Why here?</strong> <span>");
			text(html, alt.rankReason()).tag("</span></p>\n<h4>How it differs</h4>\n<p>");
			text(html, alt.difference()).tag("</p>\n<h4>Best for</h4>\n<ul>");
			for (String item : other.bestFor()) {
				text(html.tag("\n<li>"), item).tag("</li>");
			}
			html.tag("\n</ul>\n<dl class=\"facts alt__facts\">\n<div>\n<dt>In common</dt>\n<dd>");
			text(html, alt.shared().summary()).tag("</dd>\n</div>\n<div>\n<dt>Pay</dt>\n<dd>\n<span>");
			text(html, alt.pay().summary()).tag("</span>\n<span class=\"source-ref\">Sources: ");
			Source figure = alt.pay().figure().source();
			Source baseline = alt.pay().baseline().source();
			sourceLink(html, figure);
			if (!figure.code().equals(baseline.code())) {
				sourceLink(html.tag(";\n"), baseline);
			}
			html.tag("</span>\n</dd>\n</div>\n</dl>\n<p class=\"alt__links\">\n")
				.link("/roles/" + other.slug(), "Full " + other.name() + " profile")
				.tag("\n")
				.link(alt.comparePath(), "Compare " + role.shortName() + " with " + other.shortName())
				.tag("\n")
				.link("/switch/" + role.slug() + "-to-" + other.slug(),
						"How to make this move, to " + other.shortName())
				.tag("\n</p>\n</li>");
		}
		return html.tag("\n").toString();
	}

	private static void sourceLink(Markup html, Source source) {
		html.tag("<a").attribute("href", "/sources#" + source.code()).tag(">");
		text(html, source.title()).tag("</a>");
	}

	/**
	 * The side-by-side table's rows, the role itself first and marked: each role linked
	 * to its profile, its focus, its key responsibility, its core tools separated by
	 * commas and its typical deliverable.
	 */
	static String sideBySide(List<SideBySideRow> rows) {
		Markup html = new Markup(1024 * rows.size());
		for (SideBySideRow row : rows) {
			Role role = row.role();
			html.tag(row.current() ? "\n<tr class=\"side-by-side__current\">\n<th scope=\"row\">\n"
					: "\n<tr>\n<th scope=\"row\">\n")
				.link("/roles/" + role.slug(), role.name())
				.tag(row.current() ? "\n<span class=\"muted\">(this role)</span>\n</th>\n<td>" : "\n\n</th>\n<td>");
			text(html, role.primaryFocus()).tag("</td>\n<td>");
			text(html, role.keyResponsibility()).tag("</td>\n<td>");
			List<Tool> tools = row.coreTools();
			for (int i = 0; i < tools.size(); i++) {
				text(html.tag(i == 0 ? "<span>" : ", <span>"), tools.get(i).name()).tag("</span>");
			}
			html.tag("</td>\n<td>");
			text(html, role.typicalDeliverable()).tag("</td>\n</tr>");
		}
		return html.tag("\n").toString();
	}

	/**
	 * The how-to-pick list: for each alternative, "If you …, consider" it, linked to its
	 * place in the ranking.
	 */
	static String pickList(List<Alternative> alternatives) {
		Markup html = new Markup(512 * alternatives.size());
		for (Alternative alt : alternatives) {
			Role other = alt.role();
			text(html.tag("\n<li>If <span>"), other.chooseIf()).tag("</span>, consider\n")
				.link("#alt-" + other.slug(), other.name())
				.tag(".</li>");
		}
		return html.tag("\n").toString();
	}

	/**
	 * Each strength with the alternatives that draw on it most, each linked to its place
	 * in the ranking, separated by commas.
	 */
	static String strengths(List<StrengthFit> strengths) {
		Markup html = new Markup(160 * strengths.size());
		for (StrengthFit fit : strengths) {
			text(html.tag("\n<div>\n<dt>"), fit.strength()).tag("</dt>\n<dd>");
			List<Role> roles = fit.roles();
			for (int i = 0; i < roles.size(); i++) {
				html.tag(i == 0 ? "" : ", ").link("#alt-" + roles.get(i).slug(), roles.get(i).name());
			}
			html.tag("</dd>\n</div>");
		}
		return html.tag("\n").toString();
	}

	/**
	 * Text escaped as {@code th:text} escapes it: as {@link Markup#text} does, but for
	 * the en dash, which is written as the character itself, as the template printed it
	 * (the pay ranges, "$160k–$250k"), so that the page keeps its bytes.
	 */
	private static Markup text(Markup html, String text) {
		int dash = text.indexOf('\u2013');
		if (dash < 0) {
			return html.text(text);
		}
		int run = 0;
		while (dash >= 0) {
			html.text(text.substring(run, dash)).tag("\u2013");
			run = dash + 1;
			dash = text.indexOf('\u2013', run);
		}
		return html.text(text.substring(run));
	}

}
