package com.toolkitatlas.fit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The items of one category (or the languages), as a page lists them: skills first, then
 * tools, then languages, each by category position, items by name.
 */
public record ItemGroup(String label, List<Need> needs) {

	private static final Comparator<Item> GROUP_ORDER = Comparator.comparing(Item::kind)
		.thenComparingInt(item -> item.group() == null ? 0 : item.group().position());

	/**
	 * Needs grouped by their item's category, groups in page order, empty ones left out.
	 */
	public static List<ItemGroup> of(List<Need> needs) {
		Map<String, List<Need>> groups = new LinkedHashMap<>();
		needs.stream()
			.sorted(Comparator.comparing(Need::item, GROUP_ORDER.thenComparing(Item::name)))
			.forEach(need -> groups.computeIfAbsent(need.item().groupLabel(), label -> new ArrayList<>()).add(need));
		return groups.entrySet()
			.stream()
			.map(group -> new ItemGroup(group.getKey(), List.copyOf(group.getValue())))
			.toList();
	}

}
