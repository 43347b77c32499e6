package com.toolkitatlas.pick;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.toolkitatlas.catalogue.Catalogue;
import com.toolkitatlas.catalogue.CatalogueFixture;
import com.toolkitatlas.pick.PickForm.Choice;
import com.toolkitatlas.pick.PickForm.Field;
import com.toolkitatlas.pick.PickForm.Group;
import com.toolkitatlas.pick.PickMethod.Row;
import com.toolkitatlas.pick.PickMethod.ToolWeight;
import com.toolkitatlas.pick.PickMethod.WeightTable;
import com.toolkitatlas.pick.PickResult.Reason;
import com.toolkitatlas.pick.PickResult.RoleScore;
import com.toolkitatlas.web.BadRequestException;

import org.junit.jupiter.api.Test;

import static com.toolkitatlas.catalogue.CatalogueFixture.BACKEND;
import static com.toolkitatlas.catalogue.CatalogueFixture.DATA;
import static com.toolkitatlas.catalogue.CatalogueFixture.DEVOPS;
import static com.toolkitatlas.catalogue.CatalogueFixture.ML;
import static com.toolkitatlas.catalogue.CatalogueFixture.RESEARCH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The questionnaire over the fixture catalogue and its guide (see
 * {@link PickGuideFixture} for the weights).
 */
class PickServiceTest {

	private final Catalogue catalogue = CatalogueFixture.catalogue();

	private final PickGuide guide = PickGuideFixture.guide(catalogue);

	private final PickService pick = new PickService(guide, catalogue);

	@Test
	void rankingAddsTheWeightsOfEveryAnswerForEveryRole() {
		PickResult result = pick
			.rank(query("interest=automation&strength=operations&tool=kubernetes&tool=docker&lean=production"));

		// DevOps: automation 3 + operations 3 + two core tools 2 × 2 + production 2 = 12.
		// Backend: 1 + 1 + 2 × 2 + 2 = 8. ML: Docker core 2 + Kubernetes secondary 1 +
		// production 1 = 4. Data: Docker secondary 1. Research: nothing.
		assertThat(result.ranking()).extracting(RoleScore::role).containsExactly(DEVOPS, BACKEND, ML, DATA, RESEARCH);
		assertThat(result.ranking()).extracting(RoleScore::score).containsExactly(12, 8, 4, 1, 0);
		assertThat(result.ranking()).extracting(RoleScore::rank).containsExactly(1, 2, 3, 4, 5);
		assertThat(result.summary())
			.isEqualTo("DevOps Engineer comes out on top with 12 points, 4 points ahead of " + "Backend Engineer.");
		assertThat(result.ranking().get(0).raised()).extracting(Reason::text, Reason::points)
			.containsExactly(tuple("you enjoy Docker and Kubernetes: both are core tools here", 4),
					tuple("you are drawn to automating delivery: it is central to this role", 3),
					tuple("you are strong in system operations: it is central to this role", 3),
					tuple("you lean to production: it counts for a lot here", 2));
		assertThat(result.ranking().get(2).raised()).extracting(Reason::text)
			.containsExactly("you enjoy Docker: a core tool here", "you enjoy Kubernetes: a secondary tool here",
					"you lean to production: it plays a part here");
		assertThat(result.ranking().get(4).unaffected()).isTrue();
		assertThat(result.anyEffect()).isTrue();
		assertThat(result.link())
			.isEqualTo("/pick?interest=automation&strength=operations&tool=docker&tool=kubernetes&lean=production");
	}

	@Test
	void aWeightWithANoteOfItsOwnExplainsItselfAndALoweredRoleSaysWhy() {
		RoleScore devops = score(pick.rank(query("interest=models&lean=research")), "devops-engineer");

		assertThat(devops.score()).isEqualTo(-3);
		assertThat(devops.raised()).isEmpty();
		assertThat(devops.lowered()).extracting(Reason::text, Reason::points)
			.containsExactly(tuple("you lean to research: this role keeps production running", -2),
					tuple("you are drawn to building models: it sits a little apart from this role", -1));
		assertThat(devops.scoreText()).isEqualTo("−3");
		assertThat(devops.lowered().get(0).signedPoints()).isEqualTo("−2");
	}

	@Test
	void aRoleRaisedByOneAnswerAndLoweredByAnotherListsEachOnItsSide() {
		RoleScore devops = score(pick.rank(query("interest=automation&lean=research")), "devops-engineer");

		assertThat(devops.score()).isEqualTo(1);
		assertThat(devops.raised()).extracting(Reason::points).containsExactly(3);
		assertThat(devops.lowered()).extracting(Reason::points).containsExactly(-2);
		assertThat(devops.raised().get(0).signedPoints()).isEqualTo("+3");
	}

	@Test
	void thePageIsTheFormAloneUntilSomethingIsAnswered() {
		PickPage empty = pick.page(Map.of("utm_source", List.of("mail")));
		assertThat(empty.answered()).isFalse();
		assertThat(empty.result()).isNull();

		PickPage answered = pick.page(query("strength=mathematics"));
		assertThat(answered.answered()).isTrue();
		assertThat(answered.result().ranking()).extracting(score -> score.role().slug())
			.startsWith("ml-engineer", "research-scientist");
		assertThat(answered.result().ranking().get(0).tied()).isTrue();
		assertThat(answered.result().summary()).isEqualTo("Machine Learning Engineer and Research Scientist share "
				+ "the top place with 3 points each; the reasons below show what sets them apart from the rest.");
	}

	@Test
	void theFormOffersEveryOptionAndTheToolsByCategoryWithEarlierAnswersTicked() {
		List<Field> fields = pick.page(query("tool=spark&lean=either")).form().fields();

		assertThat(fields).extracting(Field::name).containsExactly("interest", "strength", "tool", "lean");
		Field interest = fields.get(0);
		assertThat(interest.prompt()).isEqualTo("What kind of work draws you?");
		assertThat(interest.collapsible()).isFalse();
		assertThat(interest.answered()).isFalse();
		assertThat(interest.groups()).singleElement().extracting(Group::label).isNull();
		assertThat(interest.groups().get(0).choices()).containsExactly(
				new Choice("interest-automation", "automation", "Automation", false),
				new Choice("interest-models", "models", "Models", false),
				new Choice("interest-pipelines", "pipelines", "Pipelines", false));
		Field tools = fields.get(2);
		assertThat(tools.collapsible()).isTrue();
		assertThat(tools.answered()).isTrue();
		assertThat(tools.multiple()).isTrue();
		assertThat(tools.choiceCount()).isEqualTo(guide.tools().size());
		assertThat(tools.groups()).extracting(Group::label).containsExactly("Platform", "Data and machine learning");
		assertThat(tools.groups().get(1).choices()).extracting(Choice::label, Choice::chosen)
			.containsExactly(tuple("Apache Spark", true), tuple("PostgreSQL", false), tuple("PyTorch", false));
		Field lean = fields.get(3);
		assertThat(lean.multiple()).isFalse();
		assertThat(lean.groups().get(0).choices()).extracting(Choice::id, Choice::chosen)
			.containsExactly(tuple("lean-research", false), tuple("lean-production", false),
					tuple("lean-either", true));
	}

	@Test
	void theToolQuestionOffersEveryToolSomeRoleUsesByCategoryThenName() {
		assertThat(guide.tools()).extracting(tool -> tool.slug())
			.containsExactly("docker", "kubernetes", "spark", "postgresql", "pytorch");
		assertThat(guide.strengths().slug()).isEqualTo(PickGuide.STRENGTH);
		assertThat(guide.question("astrology")).isEmpty();
	}

	@Test
	void theMethodLaysOutEveryWeightARoleCanGet() {
		PickMethod method = pick.method();

		assertThat(method.roles()).isEqualTo(catalogue.roles());
		assertThat(method.tables()).extracting(WeightTable::question).containsExactly("interest", "strength", "lean");
		assertThat(method.tables().get(0).prompt()).isEqualTo("What kind of work draws you?");
		assertThat(method.tables().get(0).rows()).containsExactly(
				new Row("automation", "Automation", List.of(0, 1, 0, 3, 0)),
				new Row("models", "Models", List.of(3, 0, 0, -1, 2)),
				new Row("pipelines", "Pipelines", List.of(1, 0, 3, 0, 0)));
		assertThat(method.toolWeights()).containsExactly(new ToolWeight("Core", 2), new ToolWeight("Secondary", 1));
	}

	@Test
	void theApiAnswerListsTheRankingAndEveryQuestionWithTheAnswersItTakes() {
		PickResource resource = pick.resource(query("interest=pipelines"));

		assertThat(resource.answers()).containsExactly(Map.entry("interest", List.of("pipelines")));
		assertThat(resource.link()).isEqualTo("/pick?interest=pipelines");
		assertThat(resource.summary()).startsWith("Data Engineer comes out on top with 3 points");
		PickResource.Entry data = resource.ranking().get(0);
		assertThat(data.slug()).isEqualTo("data-engineer");
		assertThat(data.href()).isEqualTo("/api/roles/data-engineer");
		assertThat(data.raised()).containsExactly(
				new PickResource.Reason("interest", "you are drawn to moving data: it is central to this role", 3));
		assertThat(resource.questions()).extracting(PickResource.QuestionRef::slug, PickResource.QuestionRef::options)
			.containsExactly(tuple("interest", List.of("automation", "models", "pipelines")),
					tuple("strength", List.of("mathematics", "operations", "architecture")),
					tuple("tool", List.of("docker", "kubernetes", "spark", "postgresql", "pytorch")),
					tuple("lean", List.of("research", "production", "either")));
	}

	@Test
	void answersAreReadInTheGuidesOrderAndGiveOneLinkWhateverOrderTheyCameIn() {
		Answers answers = Answers.read(guide, query("lean=production&tool=pytorch&tool=docker&tool=pytorch"));

		assertThat(answers.query()).isEqualTo("tool=docker&tool=pytorch&lean=production");
		assertThat(answers.of("tool")).containsExactly("docker", "pytorch");
		assertThat(answers.of("interest")).isEmpty();
		assertThat(answers.contains("lean", "production")).isTrue();
		assertThat(answers.contains("lean", "research")).isFalse();
		assertThat(Answers.read(guide, Map.of()).link()).isEqualTo("/pick");
	}

	@Test
	void anAnswerThatIsNotUnderstoodIsABadRequestThatListsWhatTheQuestionTakes() {
		assertThatExceptionOfType(BadRequestException.class).isThrownBy(() -> pick.rank(query("tool=hammer")))
			.withMessage("The answer “hammer” to “Which tools do you enjoy?” (tool) is not understood. It takes the "
					+ "slug of a tool from the catalogue, such as docker, kubernetes, spark; the form at /pick lists "
					+ "them all.")
			.extracting(BadRequestException::parameter)
			.isEqualTo("tool");
		assertThatExceptionOfType(BadRequestException.class).isThrownBy(() -> pick.rank(query("lean=sideways")))
			.withMessageEndingWith("It takes one of: research, production, either.");
		assertThatExceptionOfType(BadRequestException.class)
			.isThrownBy(() -> pick.page(query("lean=research&lean=production")))
			.withMessage("“Research or production?” (lean) takes one answer, but the address gives 2.")
			.extracting(BadRequestException::parameter)
			.isEqualTo("lean");
	}

	private static RoleScore score(PickResult result, String slug) {
		return result.ranking().stream().filter(score -> score.role().slug().equals(slug)).findFirst().orElseThrow();
	}

	private static Map<String, List<String>> query(String query) {
		Map<String, List<String>> parameters = new LinkedHashMap<>();
		for (String pair : query.split("&")) {
			String[] parts = pair.split("=", 2);
			parameters.computeIfAbsent(parts[0], key -> new java.util.ArrayList<>()).add(parts[1]);
		}
		return parameters;
	}

	private static org.assertj.core.groups.Tuple tuple(Object... values) {
		return org.assertj.core.groups.Tuple.tuple(values);
	}

}
