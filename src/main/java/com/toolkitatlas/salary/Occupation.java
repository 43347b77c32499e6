package com.toolkitatlas.salary;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An occupation of the US Bureau of Labor Statistics' Standard Occupational
 * Classification, with the official figures the catalogue holds for it. A figure no
 * source gives is absent, never interpolated.
 */
public record Occupation(String socCode, String title, Map<Measure, OccupationFigure> figures) {

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
		return List.of(Measure.EMPLOYMENT, Measure.CHANGE, Measure.GROWTH_PERCENT, Measure.OPENINGS)
			.stream()
			.map(figures::get)
			.filter(figure -> figure != null)
			.toList();
	}

	/** The projection measures no source gives. */
	public List<Measure> missingOutlook() {
		return List.of(Measure.EMPLOYMENT, Measure.CHANGE, Measure.GROWTH_PERCENT, Measure.OPENINGS)
			.stream()
			.filter(measure -> !figures.containsKey(measure))
			.toList();
	}

	public Optional<OccupationFigure> median() {
		return figure(Measure.MEDIAN);
	}

	public Optional<OccupationFigure> growth() {
		return figure(Measure.GROWTH_PERCENT);
	}

	/** The projection window as its figures give it ("2024–34"), or null without one. */
	public String outlookWindow() {
		return figure(Measure.GROWTH_PERCENT).or(() -> figure(Measure.OPENINGS))
			.or(() -> figure(Measure.CHANGE))
			.map(figure -> figure.period().label())
			.orElse(null);
	}

	/**
	 * The wage survey's period as its figures give it ("May 2024"), or null without one.
	 */
	public String wagePeriod() {
		return median().or(() -> percentiles().stream().findFirst()).map(f -> f.period().label()).orElse(null);
	}
}
