package com.toolkitatlas.pick;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;

import com.toolkitatlas.catalogue.Tool;
import com.toolkitatlas.html.Markup;
import com.toolkitatlas.pick.PickGuide.OptionSource;
import com.toolkitatlas.pick.PickGuide.Question;
import com.toolkitatlas.web.Count;

/** The questionnaire as the page renders it, with a person's earlier answers ticked. */
public record PickForm(List<Field> fields) {

	/** How many questions the form asks. */
	public Count questions() {
		return new Count(fields.size());
	}

	/**
	 * Every question of the form as the page prints it inside the form, before its
	 * button: a fieldset per question with its legend and hint, then its options as
	 * checkboxes (radio buttons for a question that takes one answer), ticked where
	 * chosen; the tools folded into a details element, one fieldset per category, open
	 * when one of them is chosen. Written here rather than by the template: the some 100
	 * options at seven processed attributes each were most of {@code /pick}'s rendering
	 * (bench/RESULTS.md, "Rendering, tenth round"). Written on each request, with the
	 * line breaks the template wrote.
	 */
	public String markup() {
		Markup html = new Markup(fields.stream().mapToInt(field -> field.choiceCount() * 200 + 400).sum());
		for (Field field : fields) {
			html.tag(html.length() == 0 ? "<fieldset class=\"pick-form__question\""
					: "\n<fieldset class=\"pick-form__question\"")
				.attribute("aria-describedby", field.name() + "-hint")
				.tag(">\n<legend>")
				.text(field.prompt())
				.tag("</legend>\n<p class=\"pick-form__hint\"")
				.attribute("id", field.name() + "-hint")
				.tag(">")
				.text(field.hint())
				.tag("</p>\n");
			if (field.collapsible()) {
				html.tag(field.answered() ? "\n<details class=\"pick-form__more\" open=\"open\">\n<summary>Show all "
						: "\n<details class=\"pick-form__more\">\n<summary>Show all ")
					.text(Integer.toString(field.choiceCount()))
					.tag(" tools, by category</summary>\n<div class=\"pick-form__groups\">\n");
				for (Group group : field.groups()) {
					html.tag("<fieldset class=\"pick-form__group\">\n<legend>")
						.text(group.label())
						.tag("</legend>\n<ul class=\"pick-form__options\">\n");
					writeChoices(html, field.name(), "checkbox", group);
					html.tag("</ul>\n</fieldset>\n");
				}
				html.tag("</div>\n</details>\n</fieldset>");
			}
			else {
				html.tag("<ul class=\"pick-form__options\">\n");
				writeChoices(html, field.name(), field.multiple() ? "checkbox" : "radio", field.groups().get(0));
				html.tag("</ul>\n\n</fieldset>");
			}
		}
		return html.toString();
	}

	private static void writeChoices(Markup html, String name, String type, Group group) {
		for (Choice choice : group.choices()) {
			html.tag("<li>\n<input")
				.attribute("type", type)
				.attribute("name", name)
				.attribute("value", choice.value())
				.tag("\nid=\"")
				.text(choice.id())
				.tag(choice.chosen() ? "\" checked=\"checked\">\n<label" : "\">\n<label")
				.attribute("for", choice.id())
				.tag(">")
				.text(choice.label())
				.tag("</label>\n</li>\n");
		}
	}

	static PickForm of(PickGuide guide, Answers answers) {
		return new PickForm(guide.questions().stream().map(question -> field(guide, question, answers)).toList());
	}

	private static Field field(PickGuide guide, Question question, Answers answers) {
		boolean tools = question.source() == OptionSource.TOOLS;
		List<Group> groups = tools
				? guide.tools()
					.stream()
					.collect(Collectors.groupingBy(Tool::category, LinkedHashMap::new, Collectors.toList()))
					.entrySet()
					.stream()
					.map(entry -> new Group(entry.getKey().label(),
							entry.getValue()
								.stream()
								.map(tool -> choice(question, tool.slug(), tool.name(), answers))
								.toList()))
					.toList()
				: List.of(new Group(null,
						question.options()
							.stream()
							.map(option -> choice(question, option.slug(), option.label(), answers))
							.toList()));
		return new Field(question.slug(), question.prompt(), question.hint(), question.multiple(), tools,
				!answers.of(question.slug()).isEmpty(), groups);
	}

	private static Choice choice(Question question, String value, String label, Answers answers) {
		return new Choice(question.slug() + "-" + value, value, label, answers.contains(question.slug(), value));
	}

	/**
	 * One question.
	 *
	 * @param collapsible a long list (the tools), shown folded unless something in it is
	 * chosen
	 * @param answered whether any of its options is chosen
	 */
	public record Field(String name, String prompt, String hint, boolean multiple, boolean collapsible,
			boolean answered, List<Group> groups) {

		public int choiceCount() {
			return groups.stream().mapToInt(group -> group.choices().size()).sum();
		}
	}

	/**
	 * Options under a sub-heading (a tool category, in catalogue order), or under none
	 * when label is null.
	 */
	public record Group(String label, List<Choice> choices) {
	}

	/** One option, with the id its input and label share. */
	public record Choice(String id, String value, String label, boolean chosen) {
	}
}
