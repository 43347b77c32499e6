package com.toolkitatlas.vocabulary;

import java.util.List;

import com.toolkitatlas.catalogue.Catalogue.Usage;
import com.toolkitatlas.catalogue.Category;

/** Every skill or every tool, grouped by category, each with the roles that use it. */
public record VocabularyIndex<T>(List<Group<T>> groups) {

	public VocabularyIndex {
		groups = List.copyOf(groups);
	}

	public record Group<T>(Category category, List<Entry<T>> entries) {

		public Group {
			entries = List.copyOf(entries);
		}
	}

	/** A skill or tool and the roles that use it, in display order. */
	public record Entry<T>(T entry, List<Usage> uses) {

		public Entry {
			uses = List.copyOf(uses);
		}
	}
}
