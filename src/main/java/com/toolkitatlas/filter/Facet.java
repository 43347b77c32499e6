package com.toolkitatlas.filter;

import java.util.List;

import com.toolkitatlas.html.Markup;

/**
 * The options of one filter parameter, in groups, each with the number of roles that
 * would remain if it were added: the current results that have it.
 */
public record Facet(String parameter, String label, List<Group> groups) {

	public Facet {
		groups = List.copyOf(groups);
	}

	/**
	 * The facet's box as the filter prints it: a block whose id names the facet, holding
	 * every group of its options, a labelled fieldset per group, or the bare list where
	 * the facet has a single group without a label. Each option is a checkbox, ticked
	 * where chosen, disabled where it would leave no role, with its label and count.
	 * Written here rather than by a template: the filter has some 160 options, at about
	 * ten Thymeleaf attributes each the largest part of {@code /roles}'s rendering
	 * (bench/RESULTS.md, "Rendering, third round"), the groups' loop with two fragment
	 * calls a group was a tenth of it ("Rendering, ninth round"), and inserting the box
	 * as a fragment, three times a page, 4 to 6 % ("Rendering, tenth round"). Written on
	 * each request, with the line breaks the template wrote.
	 * @param outOfBand whether htmx is to swap the options into the page's box of the
	 * same id (an update of the results), rather than the box being the page's own
	 */
	public String boxMarkup(boolean outOfBand) {
		int size = 160;
		for (Group group : groups) {
			size += group.options().size() * 300 + 100;
		}
		Markup html = new Markup(size).tag("<div").attribute("id", "facet-" + parameter + "-options");
		if (outOfBand) {
			html.tag(" data-hx-swap-oob=\"innerHTML\"");
		}
		html.tag(">\n");
		for (Group group : groups) {
			if (group.label() == null) {
				html.tag("\n\n<ul class=\"facet__options\">");
				writeOptions(group, html);
				html.tag("</ul>\n");
			}
			else {
				html.tag("\n<fieldset class=\"facet__group\">\n<legend>")
					.text(group.label())
					.tag("</legend>\n<ul class=\"facet__options\">");
				writeOptions(group, html);
				html.tag("</ul>\n</fieldset>\n\n");
			}
		}
		return html.tag("\n</div>").toString();
	}

	/**
	 * Writes each option. What depends on the option alone (its slug and name, escaped,
	 * with the markup between them) is written once ({@link Written}), and what depends
	 * on the facet once for all its options: some 160 options of a dozen escaped pieces
	 * each were a tenth of a filtered roles page (bench/RESULTS.md, "Rendering, tenth
	 * round"), and still the largest part of the page's own code in the eleventh.
	 */
	private void writeOptions(Group group, Markup html) {
		String name = escaped(parameter);
		String available = "<li>\n<input type=\"checkbox\" name=\"" + name + "\" value=\"";
		String empty = "<li class=\"facet__option--empty\">\n<input type=\"checkbox\" name=\"" + name + "\" value=\"";
		String labelFor = "\">\n<label for=\"" + name;
		for (Option option : group.options()) {
			Written written = option.written();
			html.tag(option.available() ? available : empty).tag(written.valueAndId()).tag(name).tag(written.idEnd());
			if (option.selected()) {
				html.tag("\" checked=\"checked");
			}
			if (!option.available()) {
				html.tag("\" disabled=\"disabled");
			}
			html.tag(labelFor)
				.tag(written.labelEnd())
				.text(Integer.toString(option.count()))
				.tag(option.count() == 1 ? "</span><span class=\"visually-hidden\"> role</span></label>\n</li>\n"
						: "</span><span class=\"visually-hidden\"> roles</span></label>\n</li>\n");
		}
	}

	/** Text escaped as {@link Markup#text} escapes it. */
	private static String escaped(String text) {
		return new Markup(text.length() + 16).text(text).toString();
	}

	public long selectedCount() {
		return groups.stream().flatMap(group -> group.options().stream()).filter(Option::selected).count();
	}

	/** Options of one category; the label is null where the facet has a single group. */
	public record Group(String label, List<Option> options) {

		public Group {
			options = List.copyOf(options);
		}
	}

	/**
	 * An option; one that would leave no role is shown but cannot be chosen, unless it
	 * already is.
	 *
	 * @param written the option's slug and name written into the markup around them
	 */
	public record Option(String slug, String name, int count, boolean selected, Written written) {

		public Option(String slug, String name, int count, boolean selected) {
			this(slug, name, count, selected, Written.of(slug, name));
		}

		public boolean available() {
			return selected || count > 0;
		}
	}

	/**
	 * The pieces of an option's markup that depend on its slug and name alone, escaped:
	 * they depend on the catalogue alone, so the filter writes them once for every entry
	 * ({@link RoleFilterService}). A facet writes its parameter between them.
	 *
	 * @param valueAndId the checkbox's value, and the start of its id
	 * @param idEnd the end of the checkbox's id (a hyphen and the slug)
	 * @param labelEnd the end of the label's {@code for}, the label's text and the start
	 * of the count
	 */
	public record Written(String valueAndId, String idEnd, String labelEnd) {

		static Written of(String slug, String name) {
			String idEnd = new Markup(slug.length() + 16).tag("-").text(slug).toString();
			return new Written(new Markup(slug.length() + 24).text(slug).tag("\" id=\"").toString(), idEnd,
					new Markup(idEnd.length() + name.length() + 48).tag(idEnd)
						.tag("\">")
						.text(name)
						.tag("\n<span class=\"facet__count\">")
						.toString());
		}
	}
}
