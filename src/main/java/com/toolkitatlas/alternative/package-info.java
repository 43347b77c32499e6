/**
 * A role's alternatives: every other role ranked, by a source's editorial order where the
 * catalogue has one and by the similarity of the two toolkits otherwise, each with the
 * reason for its place, the pay difference and how to choose
 * ({@code /roles/{slug}/alternatives} and its JSON twin).
 */
package com.toolkitatlas.alternative;
