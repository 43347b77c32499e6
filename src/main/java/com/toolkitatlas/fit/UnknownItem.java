package com.toolkitatlas.fit;

/**
 * One value of a fit or switch address the catalogue does not know, and where there is
 * one, the likely item meant.
 *
 * @param suggestion the item likely meant, in words, or null
 * @param suggestionHref the same page with the item likely meant in place of the value,
 * or null
 */
public record UnknownItem(String parameter, String message, String suggestion, String suggestionHref) {
}
