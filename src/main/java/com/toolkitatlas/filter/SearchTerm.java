package com.toolkitatlas.filter;

import com.toolkitatlas.catalogue.Role;

/**
 * One term of a search: folded words, and what they stand for where they are a known
 * short form or name. A term finds an entry whose name contains its words (see
 * {@link FoldedText}) or which it stands for.
 *
 * @param synonym what the words stand for, or null if they are not a known term
 */
public record SearchTerm(String words, Synonyms.Meaning synonym) {

	boolean findsInName(String name) {
		return FoldedText.of(name).matches(words);
	}

	boolean findsIn(Role role) {
		return findsInName(role.name()) || findsInName(role.shortName())
				|| role.skills().stream().anyMatch(link -> findsInName(link.skill().name()))
				|| role.tools().stream().anyMatch(link -> findsInName(link.tool().name()))
				|| role.languages().stream().anyMatch(link -> findsInName(link.language().name()))
				|| synonym != null && (synonym.roles().contains(role)
						|| role.skills().stream().anyMatch(link -> synonym.skills().contains(link.skill()))
						|| role.tools().stream().anyMatch(link -> synonym.tools().contains(link.tool()))
						|| role.languages().stream().anyMatch(link -> synonym.languages().contains(link.language())));
	}
}
