package com.toolkitatlas.filter;

/**
 * An entry of the catalogue (a role's link to a skill, tool or language, a kind of
 * project) with its name folded once for the search ({@link SearchableRole}).
 */
record Named<T>(T entry, FoldedText name) {
}
