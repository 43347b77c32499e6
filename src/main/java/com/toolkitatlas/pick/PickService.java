package com.toolkitatlas.pick;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.toolkitatlas.catalogue.Catalogue;
import com.toolkitatlas.catalogue.Importance;
import com.toolkitatlas.pick.PickGuide.OptionSource;

import org.springframework.stereotype.Service;

/** Reads answers to the how-to-pick questions and ranks every role for them. */
@Service
public class PickService {

	private final PickGuide guide;

	private final Catalogue catalogue;

	public PickService(PickGuide guide, Catalogue catalogue) {
		this.guide = guide;
		this.catalogue = catalogue;
	}

	/**
	 * The page for the answers in these query parameters: the form alone when nothing is
	 * answered.
	 */
	public PickPage page(Map<String, List<String>> parameters) {
		Answers answers = Answers.read(guide, parameters);
		return new PickPage(PickForm.of(guide, answers), answers.isEmpty() ? null : rank(answers));
	}

	/**
	 * Every role ranked for the answers in these query parameters; a 400 for an answer
	 * not understood.
	 */
	public PickResult rank(Map<String, List<String>> parameters) {
		return rank(Answers.read(guide, parameters));
	}

	/** Every role ranked for these answers, with the reasons for each score. */
	public PickResult rank(Answers answers) {
		return PickRanking.rank(guide, catalogue.roles(), answers);
	}

	/**
	 * The ranking as the JSON API returns it, with the questions and the answers each
	 * accepts.
	 */
	public PickResource resource(Map<String, List<String>> parameters) {
		return PickResource.of(rank(parameters), guide);
	}

	/** The weights the ranking uses, for the method section of /sources. */
	public PickMethod method() {
		List<PickMethod.WeightTable> tables = guide.questions()
			.stream()
			.filter(question -> question.source() == OptionSource.LIST)
			.map(question -> new PickMethod.WeightTable(question.slug(), question.prompt(),
					question.options()
						.stream()
						.map(option -> new PickMethod.Row(option.slug(), option.label(),
								catalogue.roles().stream().map(role -> option.weight(role).points()).toList()))
						.toList()))
			.toList();
		List<PickMethod.ToolWeight> toolWeights = Arrays.stream(Importance.values())
			.map(importance -> new PickMethod.ToolWeight(importance.label(), guide.toolWeight(importance)))
			.toList();
		return new PickMethod(catalogue.roles(), tables, toolWeights);
	}

}
