package com.toolkitatlas.salary;

import java.util.List;

import com.toolkitatlas.catalogue.Citations;
import com.toolkitatlas.catalogue.SalaryFigure;
import com.toolkitatlas.html.Markup;

/**
 * Salary figures drawn on one scale from $0 to {@code maxUsd}: each figure as a band, a
 * point, or a band with its median or average marked. Positions are percentages of the
 * scale's width, ready to be drawn as SVG without any inline style.
 */
public record SalaryChart(List<Bar> bars, List<Tick> ticks, int maxUsd) {

	/**
	 * The opening of a bar's cell in a pay table, the same in every chart: the drawing,
	 * hidden from assistive technology (the figures are in the next cell as text), and
	 * its track across the scale; the caller draws the figure on it and closes both.
	 */
	static final String BAR_CELL_OPENING = "<td class=\"salary-chart__bar\">\n"
			+ "<svg viewBox=\"0 0 100 12\" preserveAspectRatio=\"none\" aria-hidden=\"true\" focusable=\"false\">\n"
			+ "<rect class=\"salary-chart__track\" x=\"0\" y=\"5.5\" width=\"100\" height=\"1\"/>\n";

	/**
	 * Writes a bar's point (a median, an average) as a thin mark centred on its position
	 * on the chart's scale of 0 to 100.
	 */
	static void writePoint(Markup html, double point) {
		html.tag("<rect class=\"salary-chart__point\" y=\"0\" width=\"1.2\" height=\"12\"")
			.attribute("x", String.valueOf(point - 0.6))
			.tag("/>");
	}

	public record Bar(String label, String href, SalaryFigure figure, double start, double width, Double point) {

		public boolean band() {
			return width > 0;
		}
	}

	/**
	 * The chart's rows as the page prints them: each figure's label (linked where it has
	 * a page), basis, region and period, its bar or mark drawn in SVG as decoration, and
	 * its amount with its source, as a footnote marker where the page numbers its sources
	 * ({@code citations} not null) or as a link otherwise. Written here rather than by a
	 * template: a pair page draws two charts, and Thymeleaf's work per processed element
	 * was most of the page's cost (bench/RESULTS.md, "Rendering, fourth round").
	 */
	public String rowsMarkup(Citations citations) {
		Markup html = new Markup(1024 * bars.size());
		for (Bar bar : bars) {
			SalaryFigure figure = bar.figure();
			html.tag("\n<tr>\n<th scope=\"row\">\n");
			if (bar.href() != null) {
				html.link(bar.href(), bar.label()).tag("\n");
			}
			else {
				html.tag("<span>").text(bar.label()).tag("</span>\n");
			}
			html.tag("<span class=\"salary-chart__basis\">")
				.text(figure.basis().label() + ", " + figure.region() + ", " + figure.period())
				.tag("</span>\n");
			if (figure.proxy()) {
				html.tag("<span class=\"occupation__status occupation__status--proxy\">proxy</span>\n");
			}
			html.tag("</th>\n").tag(BAR_CELL_OPENING);
			if (bar.band()) {
				html.tag("<rect class=\"salary-chart__band\" y=\"2\" height=\"8\"")
					.attribute("x", String.valueOf(bar.start()))
					.attribute("width", String.valueOf(bar.width()))
					.tag("/>\n");
			}
			if (bar.point() != null) {
				writePoint(html, bar.point());
				html.tag("\n");
			}
			html.tag("</svg>\n</td>\n<td class=\"salary-chart__value\">\n<span>")
				.text(figure.summary())
				.tag("</span>\n");
			Citations.writeSource(html, citations, figure.source());
			html.tag("</td>\n</tr>");
		}
		return html.tag("\n").toString();
	}

	/**
	 * The whole chart as a page prints it: its caption, the header with the scale (each
	 * labelled tick's amount and every tick's mark, drawn as decoration) and the rows
	 * ({@link #rowsMarkup}). Written here rather than by the {@code salary :: chart}
	 * fragment for the comparison pages, which draw two or three charts: a loop of two
	 * processed elements per tick and a fragment call each (bench/RESULTS.md, "eleventh
	 * round").
	 * @param caption what the chart shows
	 * @param citations the page's numbered sources, or null where the page has none
	 */
	public String figureMarkup(String caption, Citations citations) {
		Markup html = new Markup(1024 * (bars.size() + 1) + 160 * ticks.size())
			.tag("<figure class=\"salary-chart\">\n<figcaption>")
			.text(caption)
			.tag("</figcaption>\n<table class=\"salary-chart__table\">\n<thead>\n<tr>\n<th scope=\"col\">Figure</th>\n"
					+ "<th scope=\"col\" class=\"salary-chart__axis\">\n<span class=\"visually-hidden\">")
			.text("Drawn on a scale from $0 to $" + maxUsd / 1000 + "k")
			.tag("</span>\n<!-- No viewBox: positions in percent of the drawn width, so each label is centred on its tick at\n"
					+ "every width without stretching its letters. -->\n"
					+ "<svg class=\"salary-chart__scale\" aria-hidden=\"true\" focusable=\"false\">\n");
		for (Tick tick : labelledTicks()) {
			html.tag("<text class=\"salary-chart__tick-label\" y=\"12\" text-anchor=\"middle\"")
				.attribute("x", tick.position() + "%")
				.tag(">")
				.text(tick.label())
				.tag("</text>");
		}
		html.tag("\n");
		for (Tick tick : ticks) {
			String position = tick.position() + "%";
			html.tag("<line class=\"salary-chart__tick\" y1=\"16\" y2=\"22\"")
				.attribute("x1", position)
				.attribute("x2", position)
				.tag("/>");
		}
		return html.tag("\n</svg>\n</th>\n<th scope=\"col\">Amount</th>\n</tr>\n</thead>\n\n<tbody>")
			.tag(rowsMarkup(citations))
			.tag("</tbody>\n</table>\n</figure>")
			.toString();
	}

	/** The ticks that carry a label, from $0 towards the end of the scale. */
	public List<Tick> labelledTicks() {
		return ticks.stream().filter(tick -> tick.label() != null).toList();
	}

	/**
	 * A mark on the axis, with its label or null where the axis is too crowded for one.
	 */
	public record Tick(String label, double position) {
	}
}
