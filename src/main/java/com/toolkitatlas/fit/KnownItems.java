package com.toolkitatlas.fit;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.toolkitatlas.catalogue.Links;
import com.toolkitatlas.catalogue.Role;

/**
 * What a person says they know, each item once, in a fixed order (the fit form's,
 * {@link Item#ORDER}), so that the same set always makes the same address.
 */
public record KnownItems(List<Item> items) {

	/** Nothing known. */
	public static final KnownItems NONE = new KnownItems(List.of());

	public KnownItems {
		items = items.stream().distinct().sorted(Item.ORDER).toList();
	}

	/** Everything a role uses: what someone who has done the role knows. */
	public static KnownItems toolkitOf(Role role) {
		return new KnownItems(needsOf(role).stream().map(Need::item).toList());
	}

	/**
	 * Everything a role uses, skills, tools and languages, each with how central it is.
	 */
	public static List<Need> needsOf(Role role) {
		return Stream.of(role.skills().stream(), role.tools().stream(), role.languages().stream())
			.flatMap(uses -> uses.map(use -> Need.of((Links.Use) use)))
			.toList();
	}

	public boolean has(Item item) {
		return items.contains(item);
	}

	public boolean isEmpty() {
		return items.isEmpty();
	}

	public int size() {
		return items.size();
	}

	/** These items and those. */
	public KnownItems and(KnownItems other) {
		Set<Item> both = new LinkedHashSet<>(items);
		both.addAll(other.items);
		return new KnownItems(List.copyOf(both));
	}

	/**
	 * The query that names these items, such as {@code skill=mlops&tool=docker}, or "".
	 */
	public String query() {
		return items.stream().map(Item::parameter).collect(Collectors.joining("&"));
	}

	/**
	 * Whether the request spells these items exactly as {@link #query()} does: each
	 * parameter once per item, in the form's order, lower case, no empty value and no
	 * commas. Other spellings of the same set are redirected to it, so that the page
	 * cache holds one copy of each answer and cannot be filled with reorderings of it.
	 */
	public boolean spelledAsIn(KnownRequest request) {
		return request.skill().equals(slugs(Item.Kind.SKILL)) && request.tool().equals(slugs(Item.Kind.TOOL))
				&& request.language().equals(slugs(Item.Kind.LANGUAGE));
	}

	private List<String> slugs(Item.Kind kind) {
		return items.stream().filter(item -> item.kind() == kind).map(Item::slug).toList();
	}

	/** The address of a page with these items in its query. */
	public String on(String path) {
		return isEmpty() ? path : path + "?" + query();
	}

}
