package com.toolkitatlas.fit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.toolkitatlas.html.Markup;

/**
 * The items of one category (or the languages), as a page lists them: skills first, then
 * tools, then languages, each by category position, items by name.
 */
public record ItemGroup(String label, List<Need> needs) {

	/** What {@link #markup} writes before the groups, after each and after them all. */
	static final String START = "<div class=\"fit-groups\">\n";

	static final String GROUP_END = "</ul>\n</div>\n";

	static final String END = "</div>";

	/**
	 * Page order: by kind, then category position, then name. Written out rather than
	 * chained, since it runs some two thousand times on a ticked fit page (bench/
	 * RESULTS.md, "Rendering, ninth round").
	 */
	private static final Comparator<Need> PAGE_ORDER = (one, other) -> {
		Item first = one.item();
		Item second = other.item();
		int kind = first.kind().compareTo(second.kind());
		if (kind != 0) {
			return kind;
		}
		int group = Integer.compare(position(first), position(second));
		return group != 0 ? group : first.name().compareTo(second.name());
	};

	/**
	 * Needs grouped by their item's category, groups in page order, empty ones left out.
	 */
	public static List<ItemGroup> of(List<Need> needs) {
		Map<String, List<Need>> groups = new LinkedHashMap<>();
		needs.stream()
			.sorted(PAGE_ORDER)
			.forEach(need -> groups.computeIfAbsent(need.item().groupLabel(), label -> new ArrayList<>()).add(need));
		return groups.entrySet()
			.stream()
			.map(group -> new ItemGroup(group.getKey(), List.copyOf(group.getValue())))
			.toList();
	}

	private static int position(Item item) {
		return item.group() == null ? 0 : item.group().position();
	}

	/**
	 * The groups as the fit and switch pages print them: each group's label, then its
	 * items as tags linked to their pages, core ones marked. Written here rather than by
	 * a template fragment: the ticked fit page prints some 300 tags, and Thymeleaf's work
	 * on their elements was most of the page's cost (bench/RESULTS.md, "Rendering, third
	 * round").
	 */
	public static String markup(List<ItemGroup> groups) {
		// Room for every tag (some 110 characters each), so that the markup is not
		// copied as it grows: some 300 tags on a ticked fit page.
		int tags = 0;
		for (ItemGroup group : groups) {
			tags += group.needs().size();
		}
		Markup html = new Markup(64 + 96 * groups.size() + 128 * tags).tag(START);
		for (ItemGroup group : groups) {
			writeHead(group.label(), html);
			for (Need need : group.needs()) {
				writeTag(need, html);
			}
			html.tag(GROUP_END);
		}
		return html.tag(END).toString();
	}

	/** Writes what opens a group: its block, its label, the start of its list of tags. */
	static void writeHead(String label, Markup html) {
		html.tag("<div class=\"fit-group\">\n<p class=\"fit-group__label\">")
			.text(label)
			.tag("</p>\n<ul class=\"tags\">\n");
	}

	/** Writes an item's tag: its name linked to its page, and whether it is core. */
	static void writeTag(Need need, Markup html) {
		html.tag(need.core() ? "<li class=\"tag--core\">" : "<li>")
			.link(need.item().href(), need.item().name())
			.tag(need.core() ? "<span class=\"tag__importance\">core</span></li>\n"
					: "<span class=\"tag__importance\">secondary</span></li>\n");
	}

}
