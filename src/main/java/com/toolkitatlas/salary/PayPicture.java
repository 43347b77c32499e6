package com.toolkitatlas.salary;

import java.util.List;

import com.toolkitatlas.catalogue.SalaryFigure;
import com.toolkitatlas.catalogue.Source;
import com.toolkitatlas.html.Markup;

/**
 * What a role's pay looks like on the shared scale: the official distribution of each of
 * its occupations, the other US figures (seed bands, job-board averages, reported pay) as
 * marks with their basis, and the global survey figures apart, since they are not
 * comparable with US ones.
 */
public record PayPicture(List<PayDistribution> distributions, SalaryChart marks, List<SalaryFigure> global,
		List<SalaryChart.Tick> ticks, int maxUsd) {

	/** The ticks that carry a label. */
	public List<SalaryChart.Tick> labelledTicks() {
		return ticks.stream().filter(tick -> tick.label() != null).toList();
	}

	/**
	 * The picture's rows: each official distribution (its occupation, whether it is a
	 * proxy, the distribution drawn as decoration, the percentiles as text, those missing
	 * named, and the pages they were read from with their grades), then each other US
	 * figure as a band or a mark with its basis and source. Written here rather than by
	 * the template: some fifteen processed elements a row (bench/RESULTS.md, "Rendering,
	 * eighth round").
	 */
	public String rowsMarkup() {
		Markup html = new Markup(1536 * (distributions.size() + marks.bars().size() + 1)).tag("\n");
		for (int i = 0; i < distributions.size(); i++) {
			if (i > 0) {
				html.tag("\n");
			}
			writeDistribution(html, distributions.get(i));
		}
		html.tag("\n");
		for (int i = 0; i < marks.bars().size(); i++) {
			if (i > 0) {
				html.tag("\n");
			}
			writeMark(html, marks.bars().get(i));
		}
		return html.tag("\n").toString();
	}

	private static void writeDistribution(Markup html, PayDistribution d) {
		Occupation occupation = d.occupation();
		html.tag("<tr class=\"pay-picture__distribution\">\n<th scope=\"row\">\n<span>")
			.text(occupation.codeAndTitle() + " (BLS)")
			.tag("</span>\n");
		PayComparison.status(html, d.mapping());
		html.tag("\n<span class=\"salary-chart__basis\">")
			.text("Wage percentiles, US, " + occupation.wagePeriod())
			.tag("</span>\n</th>\n");
		d.writeDrawing(html);
		d.writeValuesOpening(html);
		List<Source> sources = d.sources();
		for (int i = 0; i < sources.size(); i++) {
			Source source = sources.get(i);
			html.link("/sources#" + source.code(), source.title())
				.tag(" (grade ")
				.text(String.valueOf(source.confidence()))
				.tag(i < sources.size() - 1 ? "); " : ")");
		}
		List<Source> agreeing = d.agreeing();
		if (!agreeing.isEmpty()) {
			html.tag(". The same figures in: ");
			for (int i = 0; i < agreeing.size(); i++) {
				html.link("/sources#" + agreeing.get(i).code(), agreeing.get(i).code())
					.tag(i < agreeing.size() - 1 ? ", " : "");
			}
		}
		html.tag(".</span>\n</td>\n</tr>");
	}

	private static void writeMark(Markup html, SalaryChart.Bar bar) {
		SalaryFigure figure = bar.figure();
		html.tag("<tr>\n<th scope=\"row\">\n<span>")
			.text(bar.label())
			.tag("</span>\n<span class=\"salary-chart__basis\">")
			.text(figure.basis().label() + ", " + figure.region() + ", " + figure.period())
			.tag("</span>\n</th>\n")
			.tag(SalaryChart.BAR_CELL_OPENING);
		if (bar.band()) {
			html.tag("<rect class=\"salary-chart__band\" y=\"2\" height=\"8\"")
				.attribute("x", String.valueOf(bar.start()))
				.attribute("width", String.valueOf(bar.width()))
				.tag("/>");
		}
		html.tag("\n");
		if (bar.point() != null) {
			SalaryChart.writePoint(html, bar.point());
		}
		html.tag("\n</svg>\n</td>\n<td class=\"salary-chart__value\">\n<span>")
			.text(figure.summary())
			.tag("</span>\n<span class=\"source-ref\">Source: ")
			.link("/sources#" + figure.source().code(), figure.source().title())
			.tag("</span>\n</td>\n</tr>");
	}
}
