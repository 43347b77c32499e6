/**
 * The catalogue: the immutable in-memory model every page and API answer is computed from
 * ({@link com.toolkitatlas.catalogue.Catalogue}, {@link com.toolkitatlas.catalogue.Role},
 * skills, tools, sources, pay figures, pairs) and the loader that reads it once at
 * start-up, checking every closed vocabulary ({@link com.toolkitatlas.catalogue.Topic},
 * {@link com.toolkitatlas.catalogue.ComparisonSection}...). Counts, orders and sections
 * come from here, never from numbers typed into a page.
 */
package com.toolkitatlas.catalogue;
