package com.toolkitatlas.compare;

/**
 * What a comparison address answers: the page itself, or a redirect to the address that
 * shows it.
 */
public sealed interface CompareOutcome<T> {

	record Show<T>(T page) implements CompareOutcome<T> {
	}

	/**
	 * @param permanent whether the address always leads there (a reversed pair path),
	 * rather than this once (a form)
	 */
	record Redirect<T>(String location, boolean permanent) implements CompareOutcome<T> {
	}

}
