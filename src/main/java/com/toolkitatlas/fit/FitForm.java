package com.toolkitatlas.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.toolkitatlas.catalogue.Catalogue;
import com.toolkitatlas.catalogue.Category;

/**
 * The form of everything in the catalogue a person can know, grouped as the skill and
 * tool pages group it, with what they ticked checked.
 */
public record FitForm(List<Group> groups) {

	public static FitForm of(Catalogue catalogue, KnownItems known) {
		List<Group> groups = new ArrayList<>();
		Category.group(catalogue.skillCategories(), catalogue.skills(), skill -> skill.category())
			.forEach((category, skills) -> groups
				.add(Group.of("Skills: " + category.label(), skills.stream().map(Item::of), known)));
		Category.group(catalogue.toolCategories(), catalogue.tools(), tool -> tool.category())
			.forEach((category, tools) -> groups
				.add(Group.of("Tools: " + category.label(), tools.stream().map(Item::of), known)));
		groups.add(Group.of("Languages", catalogue.languages().stream().map(Item::of), known));
		return new FitForm(List.copyOf(groups));
	}

	/** How many items the form offers. */
	public int size() {
		return groups.stream().mapToInt(group -> group.choices().size()).sum();
	}

	/** One fieldset of the form. */
	public record Group(String legend, List<Choice> choices) {

		static Group of(String legend, Stream<Item> items, KnownItems known) {
			return new Group(legend, items.sorted(Item.ORDER).map(item -> new Choice(item, known.has(item))).toList());
		}

		/** How many of its items are ticked. */
		public long checked() {
			return choices.stream().filter(Choice::checked).count();
		}

	}

	/** One checkbox. */
	public record Choice(Item item, boolean checked) {

		/** A unique id for the checkbox and its label. */
		public String id() {
			return "know-" + item.kind().parameter() + "-" + item.slug();
		}

	}

}
