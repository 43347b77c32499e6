package com.toolkitatlas.vocabulary;

import java.util.List;

import com.toolkitatlas.catalogue.Catalogue.Usage;
import com.toolkitatlas.catalogue.Category;
import com.toolkitatlas.html.Markup;

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

		/**
		 * The roles that use it as the index prints them: by short name, linked, core
		 * ones marked. Written here rather than by a fragment called per row: an index
		 * has some 150 rows (bench/RESULTS.md, "Rendering, third round").
		 */
		public String rolesMarkup() {
			Markup html = new Markup(uses.size() * 100);
			for (Usage use : uses) {
				html.tag("\n<li><a")
					.attribute("href", "/roles/" + use.role().slug())
					.tag(">")
					.text(use.role().shortName())
					.tag(use.core() ? "</a> <span class=\"tag__importance\">(core)</span></li>" : "</a></li>");
			}
			return html.tag("\n").toString();
		}
	}
}
