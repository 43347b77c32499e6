package com.toolkitatlas.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.toolkitatlas.catalogue.Catalogue;
import com.toolkitatlas.catalogue.Category;
import com.toolkitatlas.html.Markup;

/**
 * The form of everything in the catalogue a person can know, grouped as the skill and
 * tool pages group it, with what they ticked checked. The form with nothing ticked is
 * worked out once ({@link FitService}): it depends on the catalogue alone, and every
 * checkbox's markup with it; a request only {@linkplain #ticking ticks} what it knows.
 */
public record FitForm(List<Group> groups) {

	/**
	 * @param shortForms the other names of each item, which the type-ahead box
	 * understands
	 */
	public static FitForm of(Catalogue catalogue, ShortForms shortForms) {
		List<Group> groups = new ArrayList<>();
		Category.group(catalogue.skillCategories(), catalogue.skills(), skill -> skill.category())
			.forEach((category, skills) -> groups
				.add(Group.of("Skills: " + category.label(), skills.stream().map(Item::of), shortForms)));
		Category.group(catalogue.toolCategories(), catalogue.tools(), tool -> tool.category())
			.forEach((category, tools) -> groups
				.add(Group.of("Tools: " + category.label(), tools.stream().map(Item::of), shortForms)));
		groups.add(Group.of("Languages", catalogue.languages().stream().map(Item::of), shortForms));
		return new FitForm(List.copyOf(groups));
	}

	/** The same form with what is known ticked, and nothing else. */
	public FitForm ticking(KnownItems known) {
		return new FitForm(groups.stream().map(group -> group.ticking(known)).toList());
	}

	/** One fieldset of the form. */
	public record Group(String legend, List<Choice> choices) {

		/** The checkboxes as the page prints them ({@link FitForm#markup}). */
		public String markup() {
			return FitForm.markup(choices);
		}

		Group ticking(KnownItems known) {
			return new Group(legend, choices.stream().map(choice -> choice.ticked(known.has(choice.item()))).toList());
		}

		static Group of(String legend, Stream<Item> items, ShortForms shortForms) {
			return new Group(legend,
					items.sorted(Item.ORDER).map(item -> new Choice(item, false, shortForms.of(item))).toList());
		}

	}

	/**
	 * One fieldset's checkboxes as the page prints them, ticked where known: every item
	 * of the catalogue, on every fit page, written here for the reason
	 * {@link ItemGroup#markup} is; each checkbox is written once, both ways
	 * ({@link Choice#markup}).
	 */
	static String markup(List<Choice> choices) {
		StringBuilder html = new StringBuilder(choices.size() * 200);
		for (Choice choice : choices) {
			html.append(choice.markup());
		}
		return html.toString();
	}

	/**
	 * One checkbox.
	 *
	 * @param shortForms the item's other names, such as k8s for Kubernetes
	 */
	public record Choice(Item item, boolean checked, List<String> shortForms, Written written) {

		public Choice(Item item, boolean checked, List<String> shortForms) {
			this(item, checked, shortForms, Written.of(item, shortForms));
		}

		/** The checkbox as the page prints it: a list item, the checkbox, its label. */
		public String markup() {
			return checked ? written.ticked() : written.unticked();
		}

		/** The same checkbox, ticked or not. */
		Choice ticked(boolean ticked) {
			return ticked == checked ? this : new Choice(item, ticked, shortForms, written);
		}

		/**
		 * The other names as the type-ahead script reads them, separated by "|" (no term
		 * has one), or null when there are none, to leave the attribute out.
		 */
		public String shortFormsAttribute() {
			return shortFormsAttribute(shortForms);
		}

		/** A unique id for the checkbox and its label. */
		public String id() {
			return id(item);
		}

		static String shortFormsAttribute(List<String> shortForms) {
			return shortForms.isEmpty() ? null : String.join("|", shortForms);
		}

		static String id(Item item) {
			return "know-" + item.kind().parameter() + "-" + item.slug();
		}

	}

	/** A checkbox's markup, written once each way. */
	public record Written(String unticked, String ticked) {

		static Written of(Item item, List<String> shortForms) {
			String id = Choice.id(item);
			Markup start = new Markup(200).tag("<li>\n<input type=\"checkbox\"")
				.attribute("name", item.kind().parameter())
				.attribute("value", item.slug())
				.attribute("id", id);
			String shortFormsAttribute = Choice.shortFormsAttribute(shortForms);
			if (shortFormsAttribute != null) {
				start.attribute("data-short-forms", shortFormsAttribute);
			}
			String end = new Markup(100).tag(">\n<label")
				.attribute("for", id)
				.tag(">")
				.text(item.name())
				.tag("</label>\n</li>\n")
				.toString();
			String head = start.toString();
			return new Written(head + end, head + " checked=\"checked\"" + end);
		}

	}

}
