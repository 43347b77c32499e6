package com.toolkitatlas.pick;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.toolkitatlas.catalogue.Importance;
import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.catalogue.Tool;

/**
 * The how-to-pick questionnaire as the catalogue defines it: the questions, their
 * options, what each option is worth to each role, and what a tool someone enjoys is
 * worth by how central it is to a role. Immutable; read once at start-up.
 *
 * @param tools the tools the tool question offers: every catalogue tool at least one role
 * uses
 */
public record PickGuide(List<Question> questions, Map<Importance, Integer> toolWeights, List<Tool> tools) {

	/** The question whose options are the strengths the alternatives pages weigh. */
	public static final String STRENGTH = "strength";

	public PickGuide {
		questions = List.copyOf(questions);
		toolWeights = Map.copyOf(toolWeights);
		tools = List.copyOf(tools);
	}

	public Optional<Question> question(String slug) {
		return questions.stream().filter(question -> question.slug().equals(slug)).findFirst();
	}

	public Question strengths() {
		return question(STRENGTH).orElseThrow();
	}

	public int toolWeight(Importance importance) {
		return toolWeights.getOrDefault(importance, 0);
	}

	/** Where a question takes its options from. */
	public enum OptionSource {

		/** Its own list of options, each with a weight per role. */
		LIST,
		/** The catalogue's tools, weighted by how central each is to a role. */
		TOOLS

	}

	/**
	 * One question of the form.
	 *
	 * @param slug the query parameter that carries the answer
	 * @param answerPrefix how an explanation opens, before the option's phrase: "you are
	 * drawn to"
	 * @param options the options of a {@link OptionSource#LIST} question; empty for tools
	 */
	public record Question(String slug, String prompt, String hint, boolean multiple, OptionSource source,
			String answerPrefix, List<Option> options) {

		public Question {
			options = List.copyOf(options);
		}

		public Optional<Option> option(String optionSlug) {
			return options.stream().filter(option -> option.slug().equals(optionSlug)).findFirst();
		}
	}

	/**
	 * One option of a listed question.
	 *
	 * @param phrase the option as it reads after the question's answer prefix
	 * @param weights what choosing it is worth to each role, by role slug
	 */
	public record Option(String slug, String label, String phrase, Map<String, Weight> weights) {

		public Option {
			weights = Map.copyOf(weights);
		}

		public Weight weight(Role role) {
			return weights.getOrDefault(role.slug(), Weight.NONE);
		}
	}

	/**
	 * What an option is worth to one role.
	 *
	 * @param note what an explanation says about the role, or null for a phrase chosen by
	 * the points
	 */
	public record Weight(int points, String note) {

		static final Weight NONE = new Weight(0, null);

	}
}
