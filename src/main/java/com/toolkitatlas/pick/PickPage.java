package com.toolkitatlas.pick;

/**
 * What the how-to-pick page shows: the form, and the result when there are answers.
 *
 * @param result the ranking, or null when nothing was answered yet
 */
public record PickPage(PickForm form, PickResult result) {

	public boolean answered() {
		return result != null;
	}
}
