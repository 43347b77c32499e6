package com.toolkitatlas.compare;

import com.toolkitatlas.catalogue.Overlap;

/**
 * The overlap of two toolkits drawn as one bar: the skills and tools only the first role
 * uses, those both use, and those only the second uses, each segment as wide as its share
 * of all the skills and tools either uses. Positions are percentages of the bar's width.
 */
public record OverlapBar(int onlyFirst, int shared, int onlySecond) {

	public static OverlapBar of(Overlap overlap) {
		return new OverlapBar(overlap.onlyFirstSkills().size() + overlap.onlyFirstTools().size(), overlap.shared(),
				overlap.onlySecondSkills().size() + overlap.onlySecondTools().size());
	}

	public int either() {
		return onlyFirst + shared + onlySecond;
	}

	/** Where the shared segment starts, and the width of the first one. */
	public double sharedStart() {
		return percent(onlyFirst);
	}

	public double sharedWidth() {
		return percent(onlyFirst + shared) - percent(onlyFirst);
	}

	public double secondStart() {
		return percent(onlyFirst + shared);
	}

	public double secondWidth() {
		return 100 - secondStart();
	}

	private double percent(int count) {
		return either() == 0 ? 0 : Math.round(count * 10_000.0 / either()) / 100.0;
	}

}
