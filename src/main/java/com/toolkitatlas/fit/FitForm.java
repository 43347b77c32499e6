package com.toolkitatlas.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.toolkitatlas.catalogue.Catalogue;
import com.toolkitatlas.catalogue.Category;
import com.toolkitatlas.html.Markup;

/**
 * The form of everything in the catalogue a person can know, grouped as the skill and
 * tool pages group it, with what they ticked checked.
 */
public record FitForm(List<Group> groups) {

	/**
	 * @param shortForms the other names of each item, which the type-ahead box
	 * understands
	 */
	public static FitForm of(Catalogue catalogue, KnownItems known, ShortForms shortForms) {
		List<Group> groups = new ArrayList<>();
		Category.group(catalogue.skillCategories(), catalogue.skills(), skill -> skill.category())
			.forEach((category, skills) -> groups
				.add(Group.of("Skills: " + category.label(), skills.stream().map(Item::of), known, shortForms)));
		Category.group(catalogue.toolCategories(), catalogue.tools(), tool -> tool.category())
			.forEach((category, tools) -> groups
				.add(Group.of("Tools: " + category.label(), tools.stream().map(Item::of), known, shortForms)));
		groups.add(Group.of("Languages", catalogue.languages().stream().map(Item::of), known, shortForms));
		return new FitForm(List.copyOf(groups));
	}

	/** One fieldset of the form. */
	public record Group(String legend, List<Choice> choices) {

		/** The checkboxes as the page prints them ({@link FitForm#markup}). */
		public String markup() {
			return FitForm.markup(choices);
		}

		static Group of(String legend, Stream<Item> items, KnownItems known, ShortForms shortForms) {
			return new Group(legend,
					items.sorted(Item.ORDER)
						.map(item -> new Choice(item, known.has(item), shortForms.of(item)))
						.toList());
		}

	}

	/**
	 * One fieldset's checkboxes as the page prints them, ticked where known: every item
	 * of the catalogue, on every fit page, written here for the reason
	 * {@link ItemGroup#markup} is.
	 */
	static String markup(List<Choice> choices) {
		Markup html = new Markup(choices.size() * 200);
		for (Choice choice : choices) {
			Item item = choice.item();
			html.tag("<li>\n<input type=\"checkbox\"")
				.attribute("name", item.kind().parameter())
				.attribute("value", item.slug())
				.attribute("id", choice.id());
			String shortForms = choice.shortFormsAttribute();
			if (shortForms != null) {
				html.attribute("data-short-forms", shortForms);
			}
			if (choice.checked()) {
				html.tag(" checked=\"checked\"");
			}
			html.tag(">\n<label").attribute("for", choice.id()).tag(">").text(item.name()).tag("</label>\n</li>\n");
		}
		return html.toString();
	}

	/**
	 * One checkbox.
	 *
	 * @param shortForms the item's other names, such as k8s for Kubernetes
	 */
	public record Choice(Item item, boolean checked, List<String> shortForms) {

		/**
		 * The other names as the type-ahead script reads them, separated by "|" (no term
		 * has one), or null when there are none, to leave the attribute out.
		 */
		public String shortFormsAttribute() {
			return shortForms.isEmpty() ? null : String.join("|", shortForms);
		}

		/** A unique id for the checkbox and its label. */
		public String id() {
			return "know-" + item.kind().parameter() + "-" + item.slug();
		}

	}

}
