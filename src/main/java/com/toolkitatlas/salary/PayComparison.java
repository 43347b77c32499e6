package com.toolkitatlas.salary;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.catalogue.Source;
import com.toolkitatlas.html.Markup;

/**
 * Several roles' official pay distributions side by side on the shared scale, and their
 * job outlook, one row per role (its main occupation). A proxy says so on every row.
 */
public record PayComparison(List<Row> rows, List<SalaryChart.Tick> ticks, int maxUsd) {

	/** The ticks that carry a label. */
	public List<SalaryChart.Tick> labelledTicks() {
		return ticks.stream().filter(tick -> tick.label() != null).toList();
	}

	/** The projection window of the rows, as the first one with a window gives it. */
	public String window() {
		return rows.stream()
			.map(row -> row.distribution().occupation().outlookWindow())
			.filter(window -> window != null)
			.findFirst()
			.orElse(null);
	}

	/**
	 * The occupations that stand for more than one of the roles compared: their rows are
	 * one measurement shown more than once.
	 */
	public List<SharedOccupation> shared() {
		Map<String, List<Row>> bySoc = rows.stream()
			.collect(Collectors.groupingBy(row -> row.distribution().occupation().socCode(), LinkedHashMap::new,
					Collectors.toList()));
		return bySoc.values()
			.stream()
			.filter(same -> same.size() > 1)
			.map(same -> new SharedOccupation(same.get(0).distribution().occupation(),
					same.stream().map(Row::role).toList()))
			.toList();
	}

	/**
	 * The whole comparison as a page prints it: its heading and how to read it, a note
	 * for each occupation several of the roles share ({@link #shared}), the distributions
	 * with the scale's ticks and labels ({@link #rowsMarkup}) and the outlook table
	 * ({@link #outlookRowsMarkup}). Written here rather than by the
	 * {@code pay :: comparison} and {@code pay :: axis} fragments: a loop per tick and
	 * two fragment calls on each comparison page (bench/RESULTS.md, "eleventh round").
	 */
	public String sectionMarkup() {
		Markup html = new Markup(3072 * (rows.size() + 1))
			.tag("<section class=\"pay-comparison\" aria-labelledby=\"official-pay-heading\">\n"
					+ "<h3 id=\"official-pay-heading\">Official pay distributions and job outlook</h3>\n"
					+ "<p>Each role's official occupation (BLS, US): the thin line runs from the 10th to the 90th "
					+ "percentile, the box holds\nthe middle half, the upright mark is the median. Percentiles the "
					+ "sources do not give are named, never drawn.</p>\n");
		List<SharedOccupation> shared = shared();
		for (int i = 0; i < shared.size(); i++) {
			html.tag(i == 0 ? "<p class=\"note\">" : "\n<p class=\"note\">")
				.text(shared.get(i).inComparison())
				.tag("</p>");
		}
		html.tag("\n<figure class=\"salary-chart pay-picture\">\n"
				+ "<figcaption>Annual wage distribution of each role's occupation, US dollars, May 2024</figcaption>\n"
				+ "<table class=\"salary-chart__table\">\n<thead>\n<tr>\n<th scope=\"col\">Role and occupation</th>\n"
				+ "<th scope=\"col\" class=\"salary-chart__axis\">\n<span class=\"visually-hidden\">")
			.text("Drawn on a scale from $0 to $" + maxUsd / 1000 + "k")
			.tag("</span>\n<svg viewBox=\"0 0 100 10\" preserveAspectRatio=\"none\" aria-hidden=\"true\" "
					+ "focusable=\"false\">\n");
		for (SalaryChart.Tick tick : ticks) {
			html.tag("<rect class=\"salary-chart__tick\" y=\"6\" width=\"0.3\" height=\"4\"")
				.attribute("x", String.valueOf(tick.position()))
				.tag("/>");
		}
		html.tag("\n</svg>\n<span class=\"salary-chart__tick-labels\" aria-hidden=\"true\">\n");
		for (SalaryChart.Tick tick : labelledTicks()) {
			html.tag("<span>").text(tick.label()).tag("</span>");
		}
		String window = window();
		return html.tag("\n</span>\n</th>\n<th scope=\"col\">Percentiles</th>\n</tr>\n</thead>\n<tbody>")
			.tag(rowsMarkup())
			.tag("</tbody>\n</table>\n</figure>\n" + "<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" "
					+ "aria-label=\"Job outlook of each role's occupation\">\n<table class=\"outlook\">\n<caption>")
			.text("Job outlook of each role's occupation, US, "
					+ (window != null ? window : "no projection window found"))
			.tag("</caption>\n<thead>\n<tr>\n<th scope=\"col\">Role</th>\n"
					+ "<th scope=\"col\">Jobs in the base year</th>\n<th scope=\"col\">Change</th>\n"
					+ "<th scope=\"col\">Growth</th>\n<th scope=\"col\">Openings a year</th>\n</tr>\n</thead>\n"
					+ "<tbody>")
			.tag(outlookRowsMarkup())
			.tag("</tbody>\n</table>\n</div>\n</section>")
			.toString();
	}

	/*
	 * The rows are written here rather than by the template: a row was some twenty
	 * processed elements, its outlook cells as many again (bench/RESULTS.md, "Rendering,
	 * eighth round").
	 */

	/**
	 * The distributions' rows: each role linked to its profile with its occupation, the
	 * period and whether it is a proxy, the distribution drawn as decoration (whisker,
	 * box and median mark, each where the sources give its percentiles), then the
	 * percentiles as text, those missing named, and the pages they were read from.
	 */
	public String rowsMarkup() {
		Markup html = new Markup(1536 * rows.size());
		for (Row row : rows) {
			PayDistribution d = row.distribution();
			Occupation occupation = d.occupation();
			html.tag("\n<tr class=\"pay-picture__distribution\">\n<th scope=\"row\">\n")
				.link("/roles/" + row.role().slug(), row.role().name())
				.tag("\n<span class=\"salary-chart__basis\">")
				.text(occupation.codeAndTitle() + ", " + occupation.wagePeriod())
				.tag("</span>\n");
			status(html, d.mapping());
			html.tag("\n</th>\n");
			d.writeDrawing(html);
			d.writeValuesOpening(html);
			List<Source> sources = d.sources();
			for (int i = 0; i < sources.size(); i++) {
				Source source = sources.get(i);
				html.tag("<a")
					.attribute("href", "/sources#" + source.code())
					.attribute("title", source.title())
					.tag(">")
					.text(source.code())
					.tag(i < sources.size() - 1 ? "</a>, " : "</a>");
			}
			html.tag("</span>\n</td>\n</tr>");
		}
		return html.tag("\n").toString();
	}

	/**
	 * The outlook's rows: each role linked to its profile with its occupation and whether
	 * it is a proxy, then the occupation's projections
	 * ({@link Occupation#outlookCellsMarkup}).
	 */
	public String outlookRowsMarkup() {
		Markup html = new Markup(2048 * rows.size());
		for (Row row : rows) {
			html.tag("\n<tr>\n<th scope=\"row\">")
				.link("/roles/" + row.role().slug(), row.role().shortName())
				.tag("\n<span class=\"salary-chart__basis\">")
				.text(row.distribution().occupation().codeAndTitle())
				.tag("</span>\n");
			status(html, row.mapping());
			html.tag("</th>\n").tag(row.distribution().occupation().outlookCellsMarkup()).tag("\n</tr>");
		}
		return html.tag("\n").toString();
	}

	/** "Proxy" or "Own occupation", marked as a proxy where it is one. */
	static void status(Markup html, RoleOccupation mapping) {
		html.tag(mapping.proxy() ? "<span class=\"occupation__status occupation__status--proxy\">"
				: "<span class=\"occupation__status\">")
			.text(mapping.status())
			.tag("</span>");
	}

	/** One role and the distribution of its main occupation. */
	public record Row(Role role, PayDistribution distribution) {

		public RoleOccupation mapping() {
			return distribution.mapping();
		}

	}
}
