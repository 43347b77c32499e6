package com.toolkitatlas.fit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.html.Markup;

/**
 * Every role's toolkit as the ranking of the fit page prints it: its items grouped in
 * page order ({@link ItemGroup#of}), each group's head and each item's tag written. They
 * depend on the catalogue alone, which only changes with a restart, so they are written
 * once ({@link FitService}); a request only chooses which tags to print. Grouping,
 * sorting and writing some 300 tags on every ticked fit page was its largest part after
 * Thymeleaf's (bench/RESULTS.md, "Rendering, eleventh round" and "twelfth round").
 */
public final class PrintedToolkits {

	private final Map<String, Toolkit> bySlug = new HashMap<>();

	PrintedToolkits(List<Role> roles) {
		for (Role role : roles) {
			bySlug.put(role.slug(), Toolkit.of(role));
		}
	}

	/**
	 * Writes the items of the role's toolkit that are shown, as
	 * {@code ItemGroup.markup(ItemGroup.of(shown))} writes them: the groups in page
	 * order, those with nothing shown left out.
	 */
	void write(Role role, Predicate<Need> shown, Markup html) {
		html.tag(ItemGroup.START);
		for (Group group : bySlug.get(role.slug()).groups()) {
			boolean open = false;
			for (int i = 0; i < group.needs().size(); i++) {
				if (shown.test(group.needs().get(i))) {
					if (!open) {
						html.tag(group.head());
						open = true;
					}
					html.tag(group.tags().get(i));
				}
			}
			if (open) {
				html.tag(ItemGroup.GROUP_END);
			}
		}
		html.tag(ItemGroup.END);
	}

	/**
	 * How many characters the role's toolkit takes when each item is printed once, in one
	 * of three lists: every tag, and every group's head and end three times at most.
	 */
	int length(Role role) {
		return bySlug.get(role.slug()).length();
	}

	/** A role's items in their groups, written. */
	private record Toolkit(List<Group> groups, int length) {

		static Toolkit of(Role role) {
			List<Group> groups = new ArrayList<>();
			int length = 0;
			for (ItemGroup group : ItemGroup.of(KnownItems.needsOf(role))) {
				Markup head = new Markup();
				ItemGroup.writeHead(group.label(), head);
				List<String> tags = new ArrayList<>(group.needs().size());
				for (Need need : group.needs()) {
					Markup tag = new Markup(160);
					ItemGroup.writeTag(need, tag);
					tags.add(tag.toString());
					length += tag.length();
				}
				length += 3 * (head.length() + ItemGroup.GROUP_END.length());
				groups.add(new Group(head.toString(), group.needs(), List.copyOf(tags)));
			}
			return new Toolkit(List.copyOf(groups), length + 3 * (ItemGroup.START.length() + ItemGroup.END.length()));
		}
	}

	/**
	 * A group: its head, its items in page order and the tag of each.
	 */
	private record Group(String head, List<Need> needs, List<String> tags) {
	}

}
