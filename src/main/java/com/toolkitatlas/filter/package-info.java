/**
 * The roles filter and search ({@code /roles}, {@code /api/roles},
 * {@code /api/roles.csv}): the request's parameters as one bound record, the parser that
 * understands them or lists what it could not with likely corrections, the counts next to
 * every option, and the search synonyms with their own table.
 */
package com.toolkitatlas.filter;
