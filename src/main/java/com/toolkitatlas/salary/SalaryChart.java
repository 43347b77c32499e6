package com.toolkitatlas.salary;

import java.util.List;

import com.toolkitatlas.catalogue.SalaryFigure;

/**
 * Salary figures drawn on one scale from $0 to {@code maxUsd}: each figure as a band, a
 * point, or a band with its median or average marked. Positions are percentages of the
 * scale's width, ready to be drawn as SVG without any inline style.
 */
public record SalaryChart(List<Bar> bars, List<Tick> ticks, int maxUsd) {

	public record Bar(String label, String href, SalaryFigure figure, double start, double width, Double point) {

		public boolean band() {
			return width > 0;
		}
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
