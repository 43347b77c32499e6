package com.toolkitatlas.fit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.toolkitatlas.filter.Synonyms;

/**
 * The short forms and other names the role search understands ("k8s", "postgres"), by the
 * item each stands for, so that the fit form's type-ahead box understands the same words
 * as the search. Terms that stand for roles only are left out: a role is not something a
 * person ticks.
 */
public final class ShortForms {

	private final Map<Item, List<String>> byItem;

	private ShortForms(Map<Item, List<String>> byItem) {
		this.byItem = Map.copyOf(byItem);
	}

	public static ShortForms of(Synonyms synonyms) {
		Map<Item, List<String>> byItem = new HashMap<>();
		for (Synonyms.Synonym synonym : synonyms.all()) {
			Synonyms.Meaning meaning = synonym.meaning();
			Stream
				.of(meaning.skills().stream().map(Item::of), meaning.tools().stream().map(Item::of),
						meaning.languages().stream().map(Item::of))
				.flatMap(items -> items)
				.forEach(item -> byItem.computeIfAbsent(item, key -> new ArrayList<>()).add(synonym.term()));
		}
		byItem.replaceAll((item, terms) -> terms.stream().distinct().sorted().toList());
		return new ShortForms(byItem);
	}

	/** The terms that stand for this item, alphabetically; empty when none does. */
	public List<String> of(Item item) {
		return byItem.getOrDefault(item, List.of());
	}

}
