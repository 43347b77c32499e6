/**
 * Comparisons: any pair of roles section by section
 * ({@link com.toolkitatlas.catalogue.ComparisonSection}), several roles in one table, the
 * compare picker, and the similarity of two toolkits; as pages ({@code /compare...}),
 * JSON and CSV.
 */
package com.toolkitatlas.compare;
