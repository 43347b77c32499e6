package com.toolkitatlas.role;

import java.util.List;
import java.util.Locale;

import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.catalogue.SalaryFigure;
import com.toolkitatlas.html.Markup;
import com.toolkitatlas.salary.Occupation;
import com.toolkitatlas.salary.PayPicture;
import com.toolkitatlas.salary.RoleOccupation;
import com.toolkitatlas.salary.SalaryChart;
import com.toolkitatlas.salary.SharedOccupation;

/**
 * The profile's pay and job outlook as the page prints them: the headline figure, the
 * official occupations, the notes on occupations other roles share, the picture on its
 * scale, the global survey figures, the notes on each figure and the outlook's rows.
 * Written here (once for each role, {@link ProfilePage}) rather than by template
 * fragments and the template's loops: their iterations, fragment calls and expressions
 * were a quarter of the profile's cost (bench/RESULTS.md, "Rendering, twelfth round").
 *
 * @param occupations the official occupations that stand for the role
 * @param picture the role's pay on the shared scale
 * @param shared the role's occupations that also stand for other roles, with those
 */
public record PaySection(Role role, List<RoleOccupation> occupations, PayPicture picture,
		List<SharedOccupation> shared) {

	/** Whether the headline pay figure stands for the role through a proxy occupation. */
	boolean headlineIsProxy() {
		return role.headlineSalary().proxy();
	}

	/**
	 * The headline figure, its basis, region and period, and for a proxy what it measures
	 * instead and why.
	 */
	String headlineMarkup() {
		SalaryFigure pay = role.headlineSalary();
		Markup html = new Markup(512).tag("Headline figure:\n<strong>")
			.text(pay.display())
			.tag("</strong>,\n")
			.text(pay.basis().label().toLowerCase(Locale.ROOT) + ", " + pay.region() + ", " + pay.period())
			.tag(".\n");
		if (headlineIsProxy()) {
			html.tag("<strong class=\"occupation__status occupation__status--proxy\">Proxy</strong>\n")
				.text("It measures another occupation (" + pay.label() + "), not " + role.name() + "s themselves.")
				.tag("\n")
				.text(orEmpty(pay.note()));
		}
		return html.tag("\n").toString();
	}

	/**
	 * Each official occupation: its code and title, whether it is the role's own or a
	 * proxy, why it was chosen and how confident the mapping is.
	 */
	String occupationsMarkup() {
		Markup html = new Markup(768 * occupations.size() + 16).tag("\n");
		for (int i = 0; i < occupations.size(); i++) {
			RoleOccupation mapping = occupations.get(i);
			html.tag(i == 0 ? "<div>\n<dt>\n<span class=\"occupation__code\">"
					: "\n<div>\n<dt>\n<span class=\"occupation__code\">")
				.text(mapping.occupation().codeAndTitle())
				.tag("</span>\n");
			writeStatus(html, mapping);
			html.tag("\n</dt>\n<dd>\n")
				.text(orEmpty(mapping.reason()))
				.tag("\n<span class=\"muted\">")
				.text("Mapping confidence " + mapping.confidence() + ".")
				.tag("</span>\n</dd>\n</div>");
		}
		return html.tag("\n").toString();
	}

	/** A note for each of the role's occupations that also stands for other roles. */
	String sharedMarkup() {
		Markup html = new Markup(384 * shared.size());
		for (int i = 0; i < shared.size(); i++) {
			html.tag(i == 0 ? "<p class=\"note\">" : "\n<p class=\"note\">")
				.text(shared.get(i).onProfile())
				.tag("</p>");
		}
		return html.toString();
	}

	/**
	 * The picture inside its figure: the caption, the scale's ticks and labels in the
	 * header, then the rows ({@link PayPicture#rowsMarkup}).
	 */
	String pictureMarkup() {
		Markup html = new Markup(8192).tag("\n<figcaption>")
			.text("Pay of " + role.name() + ": official distribution and other US figures, US dollars per year")
			.tag("</figcaption>\n<table class=\"salary-chart__table\">\n<thead>\n<tr>\n<th scope=\"col\">Figure</th>\n"
					+ "<th scope=\"col\" class=\"salary-chart__axis\">\n<span class=\"visually-hidden\">")
			.text("Drawn on a scale from $0 to $" + picture.maxUsd() / 1000 + "k")
			.tag("</span>\n<svg viewBox=\"0 0 100 10\" preserveAspectRatio=\"none\" aria-hidden=\"true\" "
					+ "focusable=\"false\">\n");
		for (SalaryChart.Tick tick : picture.ticks()) {
			html.tag("<rect class=\"salary-chart__tick\" y=\"6\" width=\"0.3\" height=\"4\"")
				.attribute("x", String.valueOf(tick.position()))
				.tag("/>");
		}
		html.tag("\n</svg>\n<span class=\"salary-chart__tick-labels\" aria-hidden=\"true\">\n");
		for (SalaryChart.Tick tick : picture.ticks()) {
			if (tick.label() != null) {
				html.tag("<span>").text(tick.label()).tag("</span>");
			}
		}
		return html.tag("\n</span>\n</th>\n<th scope=\"col\">Amount</th>\n</tr>\n</thead>\n<tbody>")
			.tag(picture.rowsMarkup())
			.tag("</tbody>\n</table>\n")
			.toString();
	}

	/**
	 * The global survey figures, apart from the US chart and labelled as global; nothing
	 * when the role has none.
	 */
	String globalMarkup() {
		List<SalaryFigure> figures = picture.global();
		if (figures.isEmpty()) {
			return "";
		}
		Markup html = new Markup(512 * figures.size() + 512)
			.tag("<section class=\"pay-global\" aria-labelledby=\"pay-global-heading\">\n"
					+ "<h3 id=\"pay-global-heading\">Global survey figures, not comparable with the US chart</h3>\n"
					+ "<p>Medians self-reported by developers worldwide, so they sit far below US pay; compare them "
					+ "only with each other.</p>\n<ul class=\"notes\">\n");
		for (int i = 0; i < figures.size(); i++) {
			SalaryFigure figure = figures.get(i);
			html.tag(i == 0 ? "<li>\n<strong>" : "\n<li>\n<strong>")
				.text(figure.summary())
				.tag("</strong>,\n<span>")
				.text(figure.region() + ", " + figure.period())
				.tag("</span>:\n<span>")
				.text(figure.label())
				.tag("</span>\n<span class=\"source-ref\">Source: ")
				.link("/sources#" + figure.source().code(), figure.source().title())
				.tag("</span>\n</li>");
		}
		return html.tag("\n</ul>\n</section>").toString();
	}

	/**
	 * The notes on the figures, a line each (a skipped figure leaves its line empty, as
	 * the template's loop did), the headline's left out where the headline already says
	 * it is a proxy, then the caveat on the role's pay, if any.
	 * @param salaryNote the caveat on the role's pay figures, or null
	 */
	String notesMarkup(String salaryNote) {
		List<SalaryFigure> figures = role.salaries();
		boolean proxy = headlineIsProxy();
		Markup html = new Markup(384 * figures.size() + 512).tag("\n");
		for (int i = 0; i < figures.size(); i++) {
			SalaryFigure figure = figures.get(i);
			if (i > 0) {
				html.tag("\n");
			}
			if (figure.note() != null && !(figure.headline() && proxy)) {
				html.tag("<li>\n<strong>")
					.text(figure.label() + ":")
					.tag("</strong> <span>")
					.text(figure.note())
					.tag("</span>\n</li>");
			}
		}
		html.tag("\n");
		if (salaryNote != null) {
			html.tag("<li>").text(salaryNote).tag("</li>");
		}
		return html.tag("\n").toString();
	}

	/**
	 * The outlook's rows: each occupation with whether it is a proxy, its projections
	 * ({@link Occupation#outlookCellsMarkup}) and their window.
	 */
	String outlookRowsMarkup() {
		Markup html = new Markup(2048 * occupations.size() + 16).tag("\n");
		for (int i = 0; i < occupations.size(); i++) {
			RoleOccupation mapping = occupations.get(i);
			Occupation occupation = mapping.occupation();
			String window = occupation.outlookWindow();
			html.tag(i == 0 ? "<tr>\n<th scope=\"row\">" : "\n<tr>\n<th scope=\"row\">")
				.text(occupation.codeAndTitle())
				.tag(" ");
			writeStatus(html, mapping);
			html.tag("</th>\n")
				.tag(occupation.outlookCellsMarkup())
				.tag("\n<td>")
				.text(window == null || window.isEmpty() ? "no projection found" : window)
				.tag("</td>\n</tr>");
		}
		return html.tag("\n").toString();
	}

	/** "Proxy" or "Own occupation", marked as a proxy where it is one. */
	private static void writeStatus(Markup html, RoleOccupation mapping) {
		html.tag(mapping.proxy() ? "<span class=\"occupation__status occupation__status--proxy\">"
				: "<span class=\"occupation__status\">")
			.text(mapping.status())
			.tag("</span>");
	}

	private static String orEmpty(String text) {
		return text == null ? "" : text;
	}

}
