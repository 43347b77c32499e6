package com.toolkitatlas.salary;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.toolkitatlas.catalogue.Source;
import com.toolkitatlas.html.Markup;

/**
 * One occupation's wage distribution drawn on the shared pay scale: the 10th–90th
 * percentile whisker, the middle half (25th–75th) as a box, the median as a mark.
 * Positions are percentages of the scale's width; a part whose percentiles the sources do
 * not give is null and not drawn.
 */
public record PayDistribution(RoleOccupation mapping, Double whiskerStart, Double whiskerEnd, Double boxStart,
		Double boxEnd, Double median) {

	public Occupation occupation() {
		return mapping.occupation();
	}

	public boolean whisker() {
		return whiskerStart != null && whiskerEnd != null;
	}

	public double whiskerWidth() {
		return whiskerEnd - whiskerStart;
	}

	public boolean box() {
		return boxStart != null && boxEnd != null;
	}

	public double boxWidth() {
		return boxEnd - boxStart;
	}

	/**
	 * Writes the distribution's cell of a pay table: the whisker, the box and the median
	 * mark, each where the sources give its percentiles, drawn in SVG as decoration.
	 */
	void writeDrawing(Markup html) {
		html.tag(SalaryChart.BAR_CELL_OPENING);
		if (whisker()) {
			html.tag("<rect class=\"pay-picture__whisker\" y=\"5\" height=\"2\"")
				.attribute("x", String.valueOf(whiskerStart))
				.attribute("width", String.valueOf(whiskerWidth()))
				.tag("/>");
		}
		html.tag("\n");
		if (box()) {
			html.tag("<rect class=\"pay-picture__box\" y=\"2\" height=\"8\"")
				.attribute("x", String.valueOf(boxStart))
				.attribute("width", String.valueOf(boxWidth()))
				.tag("/>");
		}
		html.tag("\n");
		if (median != null) {
			SalaryChart.writePoint(html, median);
		}
		html.tag("\n</svg>\n</td>\n");
	}

	/**
	 * Writes the opening of the distribution's value cell in a pay table: the percentiles
	 * as text, those missing named, then "Read from: ", which the caller follows with the
	 * pages the figures were read from and closes.
	 */
	void writeValuesOpening(Markup html) {
		html.tag("<td class=\"salary-chart__value\">\n<span class=\"pay-picture__values\">")
			.text(values())
			.tag("</span>\n");
		String missing = missing();
		if (missing != null) {
			html.tag("<span class=\"pay-picture__missing\">").text(missing).tag("</span>");
		}
		html.tag("\n<span class=\"source-ref\">Read from: ");
	}

	/** The percentiles as text: "10th $79,850 · 25th $103,050 · median $133,080 …". */
	public String values() {
		return occupation().percentiles()
			.stream()
			.map(figure -> shortLabel(figure.measure()) + " " + figure.display())
			.collect(Collectors.joining(" · "));
	}

	/** The percentiles the sources do not give, named, or null when none is missing. */
	public String missing() {
		List<Measure> missing = occupation().missingPercentiles();
		if (missing.isEmpty()) {
			return null;
		}
		return "Not given by the sources, so not drawn: "
				+ missing.stream().map(measure -> shortLabel(measure)).collect(Collectors.joining(", "))
				+ (missing.size() == 1 ? " percentile." : " percentiles.");
	}

	/** The pages the figures were read from, first those the figures cite. */
	public List<Source> sources() {
		Set<Source> sources = new LinkedHashSet<>();
		occupation().percentiles().forEach(figure -> sources.add(figure.source()));
		return List.copyOf(sources);
	}

	/** Other copies that give the same figures. */
	public List<Source> agreeing() {
		Set<Source> agreeing = new LinkedHashSet<>();
		occupation().percentiles().forEach(figure -> agreeing.addAll(figure.agreeing()));
		agreeing.removeAll(sources());
		return new ArrayList<>(agreeing);
	}

	private static String shortLabel(Measure measure) {
		return switch (measure) {
			case P10 -> "10th";
			case P25 -> "25th";
			case MEDIAN -> "median";
			case P75 -> "75th";
			case P90 -> "90th";
			default -> measure.label();
		};
	}
}
