package com.toolkitatlas.catalogue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** A category of skills or of tools. */
public record Category(String slug, String label, int position) {

	/**
	 * Entries grouped by their category, in the order of the categories given; empty
	 * categories left out.
	 */
	public static <T> Map<Category, List<T>> group(List<Category> categories, List<T> entries,
			Function<T, Category> categoryOf) {
		Map<Category, List<T>> groups = new LinkedHashMap<>();
		for (Category category : categories) {
			List<T> inCategory = entries.stream().filter(entry -> categoryOf.apply(entry).equals(category)).toList();
			if (!inCategory.isEmpty()) {
				groups.put(category, inCategory);
			}
		}
		return groups;
	}
}
