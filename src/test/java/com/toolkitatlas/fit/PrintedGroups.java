package com.toolkitatlas.fit;

import java.util.List;

import org.jsoup.Jsoup;

/**
 * Lists of items grouped as a page shows them, one line per group: its label, then each
 * item's name and importance. Read from the printed markup, as a browser reads it, or
 * from the groups the model hands over, so that a test can compare the two.
 */
public final class PrintedGroups {

	private PrintedGroups() {
	}

	/** The groups as the markup prints them. */
	public static List<String> read(String markup) {
		return Jsoup.parseBodyFragment(markup)
			.select(".fit-groups > .fit-group")
			.stream()
			.map(group -> group.selectFirst(".fit-group__label").text() + ": " + String.join(", ", group
				.select("ul.tags > li")
				.stream()
				.map(item -> item.selectFirst("a").text() + " (" + item.selectFirst(".tag__importance").text() + ")")
				.toList()))
			.toList();
	}

	/** The groups as the model holds them, in the same form. */
	public static List<String> of(List<ItemGroup> groups) {
		return groups.stream()
			.map(group -> group.label() + ": "
					+ String.join(", ",
							group.needs()
								.stream()
								.map(need -> need.item().name() + " (" + (need.core() ? "core" : "secondary") + ")")
								.toList()))
			.toList();
	}

}
