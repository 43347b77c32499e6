package com.toolkitatlas.compare;

import com.toolkitatlas.catalogue.Overlap;

/**
 * How alike two toolkits are, in the figures a page states: the skills and tools both
 * use, those either uses, and the Jaccard index of the two as a whole percentage.
 */
public record Similarity(int shared, int either, int percent) {

	public static Similarity of(Overlap overlap) {
		return new Similarity(overlap.shared(), overlap.either(), overlap.similarityPercent());
	}
}
