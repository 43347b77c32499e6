package com.toolkitatlas.filter;

/**
 * One part of a filter that could not be understood, and where there is one, a likely
 * correction.
 *
 * @param suggestion what the correction is, in words ("Kubernetes"), or null
 * @param suggestionHref the whole filter with the correction applied, or null
 */
public record FilterProblem(String parameter, String message, String suggestion, String suggestionHref) {
}
