package com.toolkitatlas.pick;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.toolkitatlas.catalogue.Catalogue;
import com.toolkitatlas.catalogue.Importance;
import com.toolkitatlas.catalogue.Tool;
import com.toolkitatlas.pick.PickGuide.Option;
import com.toolkitatlas.pick.PickGuide.OptionSource;
import com.toolkitatlas.pick.PickGuide.Question;
import com.toolkitatlas.pick.PickGuide.Weight;

/**
 * The how-to-pick questionnaire for the fixture catalogue
 * ({@link com.toolkitatlas.catalogue.CatalogueFixture}): the four questions of the real
 * guide with a few options each. Weights by role slug; a role not named scores 0.
 *
 * <pre>
 * interest   automation      devops 3, backend 1
 *            models          ml 3, research 2, devops −1
 *            pipelines       data 3, ml 1
 * strength   mathematics     ml 3, research 3
 *            operations      devops 3, backend 1
 *            architecture    backend 3, data 2
 * tool       any tool a role uses: core 2, secondary 1
 * lean       research        research 3, ml 1, devops −2 ("this role keeps production running")
 *            production      devops 2, backend 2, ml 1
 *            either          nothing
 * </pre>
 */
public final class PickGuideFixture {

	private PickGuideFixture() {
	}

	public static PickGuide guide(Catalogue catalogue) {
		List<Tool> used = catalogue.tools()
			.stream()
			.filter(tool -> !catalogue.usesOf(tool).isEmpty())
			.sorted(Comparator.comparingInt((Tool tool) -> tool.category().position()).thenComparing(Tool::name))
			.toList();
		Question interest = new Question("interest", "What kind of work draws you?", "Choose any.", true,
				OptionSource.LIST, "you are drawn to",
				List.of(option("automation", "Automation", "automating delivery", "devops-engineer", 3,
						"backend-engineer", 1),
						option("models", "Models", "building models", "ml-engineer", 3, "research-scientist", 2,
								"devops-engineer", -1),
						option("pipelines", "Pipelines", "moving data", "data-engineer", 3, "ml-engineer", 1)));
		Question strength = new Question("strength", "Where are you strongest?", "Choose any.", true, OptionSource.LIST,
				"you are strong in",
				List.of(option("mathematics", "Mathematics", "mathematics", "ml-engineer", 3, "research-scientist", 3),
						option("operations", "System operations", "system operations", "devops-engineer", 3,
								"backend-engineer", 1),
						option("architecture", "Software architecture", "software architecture", "backend-engineer", 3,
								"data-engineer", 2)));
		Question tool = new Question("tool", "Which tools do you enjoy?", "Choose any.", true, OptionSource.TOOLS,
				"you enjoy", List.of());
		Option research = new Option("research", "Research", "research",
				Map.of("research-scientist", new Weight(3, null), "ml-engineer", new Weight(1, null), "devops-engineer",
						new Weight(-2, "this role keeps production running")));
		Question lean = new Question("lean", "Research or production?", "Choose one.", false, OptionSource.LIST,
				"you lean to", List.of(research, option("production", "Production", "production", "devops-engineer", 2,
						"backend-engineer", 2, "ml-engineer", 1), option("either", "Either", "neither side")));
		return new PickGuide(List.of(interest, strength, tool, lean),
				Map.of(Importance.CORE, 2, Importance.SECONDARY, 1), used);
	}

	/** An option with points by role slug: slug, points, slug, points… */
	private static Option option(String slug, String label, String phrase, Object... points) {
		Map<String, Weight> weights = new LinkedHashMap<>();
		for (int i = 0; i < points.length; i += 2) {
			weights.put((String) points[i], new Weight((Integer) points[i + 1], null));
		}
		return new Option(slug, label, phrase, weights);
	}

}
