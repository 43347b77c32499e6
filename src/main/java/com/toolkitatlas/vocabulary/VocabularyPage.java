package com.toolkitatlas.vocabulary;

import java.util.List;

import com.toolkitatlas.catalogue.Catalogue.Usage;
import com.toolkitatlas.catalogue.RolePair;

/**
 * The page of one skill or tool: the roles that use it, how central it is to each, and
 * the pairs of those roles, for their comparison pages.
 */
public record VocabularyPage<T>(T entry, List<Usage> uses, List<RolePair> pairs, String filterHref) {

	public VocabularyPage {
		uses = List.copyOf(uses);
		pairs = List.copyOf(pairs);
	}

	public long coreCount() {
		return uses.stream().filter(Usage::core).count();
	}
}
