/**
 * The how-to-pick questionnaire ({@code /pick}, {@code /api/pick}): its questions,
 * options and weights, read from their own tables at start-up, and the ranking of every
 * role with the answers that moved it.
 */
package com.toolkitatlas.pick;
