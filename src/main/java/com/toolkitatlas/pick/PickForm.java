package com.toolkitatlas.pick;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;

import com.toolkitatlas.catalogue.Tool;
import com.toolkitatlas.pick.PickGuide.OptionSource;
import com.toolkitatlas.pick.PickGuide.Question;
import com.toolkitatlas.web.Count;

/** The questionnaire as the page renders it, with a person's earlier answers ticked. */
public record PickForm(List<Field> fields) {

	/** How many questions the form asks. */
	public Count questions() {
		return new Count(fields.size());
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
