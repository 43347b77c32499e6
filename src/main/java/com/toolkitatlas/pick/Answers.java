package com.toolkitatlas.pick;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.toolkitatlas.catalogue.Tool;
import com.toolkitatlas.pick.PickGuide.Option;
import com.toolkitatlas.pick.PickGuide.OptionSource;
import com.toolkitatlas.pick.PickGuide.Question;
import com.toolkitatlas.web.BadRequestException;
import com.toolkitatlas.web.UserInput;

/**
 * What a person answered: the chosen option slugs of each question, in the guide's
 * question and option order, without duplicates, so the same answers always give the same
 * link.
 *
 * @param chosen option slugs by question slug; questions left unanswered are absent
 */
public record Answers(Map<String, List<String>> chosen) {

	public Answers {
		chosen = Collections.unmodifiableMap(new LinkedHashMap<>(chosen));
	}

	/**
	 * Reads the answers from query parameters named after the questions. Empty values
	 * count as unanswered and parameters that are not questions are ignored; a value that
	 * is not an option of its question is a bad request that names the question.
	 */
	public static Answers read(PickGuide guide, Map<String, List<String>> parameters) {
		Map<String, List<String>> chosen = new LinkedHashMap<>();
		for (Question question : guide.questions()) {
			List<String> values = parameters.getOrDefault(question.slug(), List.of())
				.stream()
				.filter(value -> value != null && !value.isBlank())
				.distinct()
				.toList();
			for (String value : values) {
				if (!offers(guide, question, value)) {
					throw new BadRequestException(question.slug(),
							"The answer " + UserInput.quote(value) + " to “" + question.prompt() + "” ("
									+ question.slug() + ") is not understood. " + choices(guide, question));
				}
			}
			if (!question.multiple() && values.size() > 1) {
				throw new BadRequestException(question.slug(), "“" + question.prompt() + "” (" + question.slug()
						+ ") takes one answer, but the address gives " + values.size() + ".");
			}
			List<String> ordered = optionSlugs(guide, question).stream().filter(values::contains).toList();
			if (!ordered.isEmpty()) {
				chosen.put(question.slug(), ordered);
			}
		}
		return new Answers(chosen);
	}

	public boolean isEmpty() {
		return chosen.isEmpty();
	}

	public List<String> of(String question) {
		return chosen.getOrDefault(question, List.of());
	}

	public boolean contains(String question, String option) {
		return of(question).contains(option);
	}

	/**
	 * The answers as a query string, "interest=data-quality&tool=kubernetes"; slugs need
	 * no encoding.
	 */
	public String query() {
		return chosen.entrySet()
			.stream()
			.flatMap(entry -> entry.getValue().stream().map(option -> entry.getKey() + "=" + option))
			.collect(Collectors.joining("&"));
	}

	/** The address of the result for these answers, to share or bookmark. */
	public String link() {
		return isEmpty() ? "/pick" : "/pick?" + query();
	}

	private static boolean offers(PickGuide guide, Question question, String value) {
		return optionSlugs(guide, question).contains(value);
	}

	private static List<String> optionSlugs(PickGuide guide, Question question) {
		return question.source() == OptionSource.TOOLS ? guide.tools().stream().map(Tool::slug).toList()
				: question.options().stream().map(Option::slug).toList();
	}

	private static String choices(PickGuide guide, Question question) {
		if (question.source() == OptionSource.TOOLS) {
			return "It takes the slug of a tool from the catalogue, such as "
					+ guide.tools().stream().limit(3).map(Tool::slug).collect(Collectors.joining(", "))
					+ "; the form at /pick lists them all.";
		}
		return "It takes one of: " + question.options().stream().map(Option::slug).collect(Collectors.joining(", "))
				+ ".";
	}
}
