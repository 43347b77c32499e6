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

	/**
	 * A skill or tool and the roles that use it, in display order, with the two cells of
	 * its row that list them, written here once rather than by a template per row and per
	 * request: an index has some 150 rows and depends on the catalogue alone
	 * (bench/RESULTS.md, "Rendering, third round" and "fifth round").
	 *
	 * @param rolesMarkup the roles that use it: by short name, linked, core ones marked
	 * @param countMarkup how many roles use it, linked to those roles in the role filter
	 */
	public record Entry<T>(T entry, List<Usage> uses, String rolesMarkup, String countMarkup) {

		public Entry {
			uses = List.copyOf(uses);
		}

		/**
		 * @param filterHref the role filter's address for the roles that use it
		 */
		public Entry(T entry, List<Usage> uses, String filterHref) {
			this(entry, uses, rolesMarkup(uses), countMarkup(uses, filterHref));
		}

		private static String countMarkup(List<Usage> uses, String filterHref) {
			if (uses.isEmpty()) {
				return "<span class=\"muted\">0 roles</span>";
			}
			return new Markup(80).link(filterHref, uses.size() == 1 ? "1 role" : uses.size() + " roles").toString();
		}

		private static String rolesMarkup(List<Usage> uses) {
			Markup html = new Markup(uses.size() * 100);
			for (Usage use : uses) {
				html.tag("\n<li>")
					.link("/roles/" + use.role().slug(), use.role().shortName())
					.tag(use.core() ? " <span class=\"tag__importance\">(core)</span></li>" : "</li>");
			}
			return html.tag("\n").toString();
		}
	}
}
