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

	public List<Note> notes(String section) {
		return notes.stream().filter(note -> note.section().equals(section)).toList();
	}

	public record Note(String section, String body, Source source) {
	}
}
