package com.toolkitatlas.pick;

import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.toolkitatlas.catalogue.Catalogue;
import com.toolkitatlas.catalogue.Importance;
import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.catalogue.Tool;
import com.toolkitatlas.pick.PickGuide.Option;
import com.toolkitatlas.pick.PickGuide.OptionSource;
import com.toolkitatlas.pick.PickGuide.Question;
import com.toolkitatlas.pick.PickGuide.Weight;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/**
 * Reads the how-to-pick tables once at start-up (one query per table), through the
 * entities and repositories of this package, which nothing else reads. A weight missing
 * for a role or a slug nobody knows fails start-up, so an incomplete migration cannot
 * reach a page.
 */
@Configuration(proxyBeanMethods = false)
@EnableJpaRepositories(basePackageClasses = PickQuestionRepository.class)
class PickGuideLoader {

	@Bean
	PickGuide pickGuide(Catalogue catalogue, PickQuestionRepository questions, PickOptionRepository options,
			PickWeightRepository weights, PickToolWeightRepository toolWeights) {
		Map<PickOptionEntity.Key, Map<String, Weight>> weightsByOption = weights.findAll()
			.stream()
			.collect(Collectors.groupingBy(w -> new PickOptionEntity.Key(w.getKey().question(), w.getKey().option()),
					Collectors.toMap(w -> w.getKey().role(), w -> new Weight(w.getWeight(), w.getNote()))));
		Map<String, List<Option>> optionsByQuestion = options.findAll(Sort.by("position"))
			.stream()
			.collect(Collectors.groupingBy(o -> o.getKey().question(),
					Collectors.mapping(
							o -> new Option(o.getKey().option(), o.getLabel(), o.getPhrase(),
									complete(catalogue.roles(), o.getKey(),
											weightsByOption.getOrDefault(o.getKey(), Map.of()))),
							Collectors.toList())));

		List<Question> guideQuestions = questions.findAll(Sort.by("position"))
			.stream()
			.map(q -> new Question(q.getSlug(), q.getPrompt(), q.getHint(), q.isMultiple(),
					OptionSource.valueOf(q.getOptionsFrom()), q.getAnswerPrefix(),
					optionsByQuestion.getOrDefault(q.getSlug(), List.of())))
			.toList();
		for (Question question : guideQuestions) {
			if ((question.source() == OptionSource.LIST) == question.options().isEmpty()) {
				throw new IllegalStateException("How-to-pick question " + question.slug()
						+ ": a listed question needs options, a tool question takes the catalogue's tools");
			}
		}
		if (guideQuestions.stream().noneMatch(q -> q.slug().equals(PickGuide.STRENGTH))) {
			throw new IllegalStateException("The how-to-pick guide has no question " + PickGuide.STRENGTH);
		}

		Map<Importance, Integer> toolWeightByImportance = new EnumMap<>(Importance.class);
		toolWeights.findAll()
			.forEach(w -> toolWeightByImportance.put(Importance.valueOf(w.getImportance()), w.getWeight()));
		if (toolWeightByImportance.size() != Importance.values().length) {
			throw new IllegalStateException("The how-to-pick guide needs a tool weight for every importance");
		}

		List<Tool> usedTools = catalogue.tools()
			.stream()
			.filter(tool -> !catalogue.usesOf(tool).isEmpty())
			.sorted(Comparator.comparingInt((Tool tool) -> tool.category().position())
				.thenComparing(Tool::name, String.CASE_INSENSITIVE_ORDER))
			.toList();
		return new PickGuide(guideQuestions, toolWeightByImportance, usedTools);
	}

	/**
	 * The weights of one option, checked to name every role of the catalogue and no
	 * other.
	 */
	private static Map<String, Weight> complete(Collection<Role> roles, PickOptionEntity.Key option,
			Map<String, Weight> weights) {
		List<String> slugs = roles.stream().map(Role::slug).toList();
		if (!weights.keySet().equals(Set.copyOf(slugs))) {
			throw new IllegalStateException("How-to-pick option " + option.question() + "=" + option.option()
					+ " needs one weight for each of " + slugs + ", has " + weights.keySet());
		}
		return weights;
	}

}
