package com.toolkitatlas.catalogue;

import java.util.List;

/**
 * Two roles in display order, with a paragraph on what sets them apart and any
 * hand-written notes the pair adds to comparison sections.
 */
public record RolePair(Role first, Role second, String difference, List<Note> notes) {

	/** The address of the pair's comparison page. */
	public String path() {
		return "/compare/" + first.slug() + "-vs-" + second.slug();
	}

	public boolean contains(Role role) {
		return first.equals(role) || second.equals(role);
	}

	public Role other(Role role) {
		return first.equals(role) ? second : first;
	}

	/** What the pair adds to one section of its comparison. */
	public List<Note> notes(ComparisonSection section) {
		return notes.stream().filter(note -> note.section() == section).toList();
	}

	/**
	 * A hand-written note the pair adds to a section of its comparison.
	 *
	 * @param source where its facts come from, or null for the catalogue's own reading
	 */
	public record Note(ComparisonSection section, String body, Source source) {
	}
}
