package com.toolkitatlas.salary;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.toolkitatlas.catalogue.Period;
import com.toolkitatlas.html.Markup;

/**
 * An occupation of the US Bureau of Labor Statistics' Standard Occupational
 * Classification, with the official figures the catalogue holds for it. A figure no
 * source gives is absent, never interpolated.
 */
public record Occupation(String socCode, String title, Map<Measure, OccupationFigure> figures) {

	/** The projection measures, in the order the outlook shows them. */
	public static final List<Measure> OUTLOOK = List.of(Measure.EMPLOYMENT, Measure.CHANGE, Measure.GROWTH_PERCENT,
			Measure.OPENINGS);

	public Optional<OccupationFigure> figure(Measure measure) {
		return Optional.ofNullable(figures.get(measure));
	}

	/** "15-1252 Software Developers". */
	public String codeAndTitle() {
		return socCode + " " + title;
	}

	/** The percentiles the sources give, lowest first. */
	public List<OccupationFigure> percentiles() {
		return Measure.PERCENTILES.stream().map(figures::get).filter(figure -> figure != null).toList();
	}

	/**
	 * Whether the percentiles the sources give rise from the 10th to the 90th, as a
	 * distribution must; a figure typed into the wrong column breaks this.
	 */
	public boolean percentilesInOrder() {
		List<OccupationFigure> known = percentiles();
		for (int i = 1; i < known.size(); i++) {
			if (known.get(i).amount().compareTo(known.get(i - 1).amount()) < 0) {
				return false;
			}
		}
		return true;
	}

	/** The percentiles no source gives, which the page names as missing. */
	public List<Measure> missingPercentiles() {
		return Measure.PERCENTILES.stream().filter(measure -> !figures.containsKey(measure)).toList();
	}

	/** The projections: jobs at the start, change, growth and openings a year. */
	public List<OccupationFigure> outlook() {
		return OUTLOOK.stream().map(figures::get).filter(figure -> figure != null).toList();
	}

	/**
	 * One cell per projection measure, in the outlook table's column order, empty where
	 * no source gives the figure.
	 */
	public List<Cell> outlookCells() {
		return OUTLOOK.stream().map(measure -> new Cell(measure, figures.get(measure))).toList();
	}

	/**
	 * The outlook table's cells of this occupation, one per projection measure: the
	 * figure, its period and its source, or "not given by the sources". Written here
	 * rather than by a template loop: the profile and the comparisons print these cells
	 * for every occupation they show (bench/RESULTS.md, "Rendering, eighth round").
	 */
	public String outlookCellsMarkup() {
		Markup html = new Markup(1024);
		for (Cell cell : outlookCells()) {
			if (html.length() > 0) {
				html.tag("\n");
			}
			html.tag("<td>\n");
			OccupationFigure figure = cell.figure();
			if (figure != null) {
				figure.writeTo(html)
					.tag("\n<span class=\"salary-chart__basis\">")
					.text(figure.period().label())
					.tag(", <a")
					.attribute("href", "/sources#" + figure.source().code())
					.attribute("title", figure.source().title())
					.tag(">")
					.text(figure.source().code())
					.tag("</a></span>\n");
			}
			else {
				html.tag("\n<span class=\"muted\">not given by the sources</span>");
			}
			html.tag("\n</td>");
		}
		return html.toString();
	}

	/** A measure and its figure, or null where the sources give none. */
	public record Cell(Measure measure, OccupationFigure figure) {
	}

	/** The projection measures no source gives. */
	public List<Measure> missingOutlook() {
		return OUTLOOK.stream().filter(measure -> !figures.containsKey(measure)).toList();
	}

	public Optional<OccupationFigure> median() {
		return figure(Measure.MEDIAN);
	}

	public Optional<OccupationFigure> growth() {
		return figure(Measure.GROWTH_PERCENT);
	}

	/** The projection window as its figures give it ("2024–34"), or null without one. */
	public String outlookWindow() {
		return projectionWindow().map(Period::label).orElse(null);
	}

	/** The projection window as an EDTF value ("2024/2034"), or null without one. */
	public String outlookWindowValue() {
		return projectionWindow().map(Period::value).orElse(null);
	}

	private Optional<Period> projectionWindow() {
		return figure(Measure.GROWTH_PERCENT).or(() -> figure(Measure.OPENINGS))
			.or(() -> figure(Measure.CHANGE))
			.map(OccupationFigure::period);
	}

	/**
	 * The wage survey's period as its figures give it ("May 2024"), or null without one.
	 */
	public String wagePeriod() {
		return median().or(() -> percentiles().stream().findFirst()).map(f -> f.period().label()).orElse(null);
	}
}
