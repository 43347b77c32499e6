package com.toolkitatlas.web;

/**
 * A count as a sentence writes it: in words up to ten ("six"), in figures above ("21").
 * Pages print counts taken from the catalogue through it, never typed into a template, so
 * a new role changes every "six" that should change.
 */
public record Count(int value) {

	/** The count less some: "the other five" of six roles. */
	public Count minus(int n) {
		return new Count(value - n);
	}

	/** The count in words or figures, as {@link English#number(int)} writes it. */
	@Override
	public String toString() {
		return English.number(value);
	}

}
