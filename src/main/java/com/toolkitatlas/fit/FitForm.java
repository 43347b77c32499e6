package com.toolkitatlas.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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

	/** What {@link #markup} writes around each group's legend and checkboxes. */
	private static final String FIELDSET_START = "<fieldset class=\"pick-form__question\">\n<legend>";

	private static final String LEGEND_END = "</legend>\n\n<ul class=\"pick-form__options\">";

	private static final String FIELDSET_END = "</ul>\n</fieldset>";

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

	/**
	 * The same form with what is known ticked, and nothing else. A group with nothing
	 * known in it is the form's own; what is known is looked up in a set (a list's
	 * {@code contains} for each of the ~160 checkboxes was 2 % of the ticked fit page,
	 * bench/RESULTS.md, fifteenth round).
	 */
	public FitForm ticking(KnownItems known) {
		Set<Item> ticked = Set.copyOf(known.items());
		List<Group> tickedGroups = new ArrayList<>(groups.size());
		for (Group group : groups) {
			tickedGroups.add(group.ticking(ticked));
		}
		return new FitForm(List.copyOf(tickedGroups));
	}

	/**
	 * Every fieldset of the form as the page prints it: its legend, then its checkboxes,
	 * a list item each (the checkbox, then its label), every item of the catalogue on
	 * every fit page. One string for the template's one {@code th:utext}, rather than a
	 * loop over some 25 groups: the loop's iterations (a legend escaped by Thymeleaf, the
	 * group's checkboxes joined into a string of their own, inserted, the loop's variable
	 * set on the request) and learn-next's were a quarter of the ticked fit page
	 * (bench/RESULTS.md, fifteenth round). Each checkbox is written once, both ways
	 * ({@link Choice#markup}).
	 */
	public String markup() {
		int length = 0;
		for (Group group : groups) {
			length += FIELDSET_START.length() + group.legend().length() + LEGEND_END.length() + FIELDSET_END.length();
			for (Choice choice : group.choices()) {
				length += choice.markup().length();
			}
		}
		Markup html = new Markup(length + 64);
		for (int i = 0; i < groups.size(); i++) {
			Group group = groups.get(i);
			if (i > 0) {
				html.tag("\n");
			}
			html.tag(FIELDSET_START).text(group.legend()).tag(LEGEND_END);
			for (Choice choice : group.choices()) {
				html.tag(choice.markup());
			}
			html.tag(FIELDSET_END);
		}
		return html.toString();
	}

	/** One fieldset of the form. */
	public record Group(String legend, List<Choice> choices) {

		/** The same group ticked as known; itself when that changes nothing. */
		Group ticking(Set<Item> known) {
			List<Choice> ticked = null;
			for (int i = 0; i < choices.size(); i++) {
				Choice choice = choices.get(i);
				Choice now = choice.ticked(known.contains(choice.item()));
				if (now != choice && ticked == null) {
					ticked = new ArrayList<>(choices.subList(0, i));
				}
				if (ticked != null) {
					ticked.add(now);
				}
			}
			return ticked == null ? this : new Group(legend, List.copyOf(ticked));
		}

		static Group of(String legend, Stream<Item> items, ShortForms shortForms) {
			return new Group(legend,
					items.sorted(Item.ORDER).map(item -> new Choice(item, false, shortForms.of(item))).toList());
		}

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
