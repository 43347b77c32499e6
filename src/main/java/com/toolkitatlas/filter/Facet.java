package com.toolkitatlas.filter;

import java.util.List;

/**
 * The options of one filter parameter, in groups, each with the number of roles that
 * would remain if it were added: the current results that have it.
 */
public record Facet(String parameter, String label, List<Group> groups) {

	public Facet {
		groups = List.copyOf(groups);
	}

	public long selectedCount() {
		return groups.stream().flatMap(group -> group.options().stream()).filter(Option::selected).count();
	}

	/** Options of one category; the label is null where the facet has a single group. */
	public record Group(String label, List<Option> options) {

		public Group {
			options = List.copyOf(options);
		}
	}

	/**
	 * An option; one that would leave no role is shown but cannot be chosen, unless it
	 * already is.
	 */
	public record Option(String slug, String name, int count, boolean selected) {

		public boolean available() {
			return selected || count > 0;
		}
	}
}
