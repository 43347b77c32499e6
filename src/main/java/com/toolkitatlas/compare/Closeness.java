package com.toolkitatlas.compare;

import java.util.List;

import com.toolkitatlas.catalogue.Catalogue;
import com.toolkitatlas.catalogue.Overlap;
import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.web.English;

/**
 * How close two roles are, judged against the other pairs of the catalogue: the closest
 * third of the pairs, the middle or the furthest.
 */
final class Closeness {

	/**
	 * The similarity of every pair of the catalogue, as pages show it, to rank one pair
	 * among the others.
	 */
	private final List<Integer> pairPercents;

	Closeness(Catalogue catalogue) {
		this.pairPercents = catalogue.pairs()
			.stream()
			.map(pair -> Overlap.of(pair.first(), pair.second()).similarityPercent())
			.toList();
	}

	/**
	 * What the share of common skills and tools of two roles means for someone choosing
	 * between them.
	 */
	String of(Role first, Role second, Similarity similarity) {
		int pairs = pairPercents.size();
		int rank = 1 + (int) pairPercents.stream().filter(percent -> percent > similarity.percent()).count();
		String figures = first.shortName() + " and " + second.shortName() + " share " + similarity.shared() + " of the "
				+ similarity.either() + " skills and tools either of them uses, a similarity of " + similarity.percent()
				+ "%: " + (rank == 1 ? "the highest" : "the " + English.ordinal(rank) + " highest") + " of the " + pairs
				+ " pairs in the atlas. ";
		if (rank * 3 <= pairs) {
			return figures + "That is a large overlap for two of these toolkits, so the choice is less final than it "
					+ "looks: much of what you learn in one carries over if you later move to the other.";
		}
		if (rank * 3 > pairs * 2) {
			return figures + "They have little in common, so treat this as a choice of direction: moving from one "
					+ "to the other later means learning most of a new toolkit.";
		}
		return figures + "A later move between them keeps part of your toolkit, but expect to learn most of the "
				+ "other role's core tools from the beginning.";
	}

}
