package com.toolkitatlas.pick;

import java.util.List;
import java.util.Map;

import com.toolkitatlas.catalogue.Importance;
import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.catalogue.RoleBuilder;
import com.toolkitatlas.catalogue.TestRoles;
import com.toolkitatlas.catalogue.Tool;
import com.toolkitatlas.pick.PickGuide.Option;
import com.toolkitatlas.pick.PickGuide.OptionSource;
import com.toolkitatlas.pick.PickGuide.Question;
import com.toolkitatlas.pick.PickGuide.Weight;
import com.toolkitatlas.pick.PickResult.Reason;
import com.toolkitatlas.pick.PickResult.RoleScore;
import com.toolkitatlas.web.BadRequestException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The scoring on small hand-made roles and weights, independent of the seeded catalogue.
 */
class PickRankingTest {

	private static final Tool DOCKER = TestRoles.tool("docker");

	private static final Tool KUBERNETES = TestRoles.tool("kubernetes");

	private static final Tool SPARK = TestRoles.tool("spark");

	private static final Role OPS = role("ops", 1, Map.of(DOCKER, Importance.CORE, KUBERNETES, Importance.CORE));

	private static final Role DATA = role("data", 2, Map.of(SPARK, Importance.CORE, DOCKER, Importance.SECONDARY));

	private static final Role LAB = role("lab", 3, Map.of());

	private static final List<Role> ROLES = List.of(OPS, DATA, LAB);

	private static final PickGuide GUIDE = new PickGuide(
			List.of(new Question(
					"interest", "What draws you?", "hint", true, OptionSource.LIST, "you are drawn to",
					List.of(option("automation", "automation", Map.of("ops", 3, "data", 1)),
							option("pipelines", "pipelines", Map.of("data", 3, "ops", 1)))),
					new Question("tool", "Tools?", "hint", true, OptionSource.TOOLS, "you enjoy", List.of()),
					new Question(
							"lean", "Research or production?", "hint", false, OptionSource.LIST, "you lean to", List.of(
									new Option("research", "Research", "research",
											Map.of("ops", new Weight(-2, "this role is production-focused"), "lab",
													new Weight(3, "this role lives on research"))),
									option("either", "neither side", Map.of())))),
			Map.of(Importance.CORE, 2, Importance.SECONDARY, 1), List.of(DOCKER, KUBERNETES, SPARK));

	@Test
	void aScoreIsTheSumOfTheWeightsOfTheAnswersAndEachTermIsExplained() {
		PickResult result = rank("interest", "automation", "tool", "kubernetes", "tool", "docker");

		RoleScore ops = result.ranking().get(0);
		assertThat(ops.role()).isEqualTo(OPS);
		assertThat(ops.score()).isEqualTo(3 + 2 + 2);
		assertThat(ops.raised()).extracting(Reason::text)
			.containsExactly("you enjoy DOCKER and KUBERNETES: both are core tools here",
					"you are drawn to automation: it is central to this role");
		assertThat(ops.raised()).extracting(Reason::points).containsExactly(4, 3);
		assertThat(result.summary()).isEqualTo("ops comes out on top with 7 points, 5 points ahead of data.");
	}

	@Test
	void aToolCountsByHowCentralItIsToEachRoleAndNotAtAllWhereItIsUnused() {
		PickResult result = rank("tool", "docker", "tool", "spark");

		assertThat(score(result, DATA).score()).isEqualTo(2 + 1);
		assertThat(score(result, DATA).raised()).extracting(Reason::text)
			.containsExactly("you enjoy SPARK: a core tool here", "you enjoy DOCKER: a secondary tool here");
		assertThat(score(result, OPS).score()).isEqualTo(2);
		assertThat(score(result, LAB).score()).isZero();
		assertThat(score(result, LAB).unaffected()).isTrue();
	}

	@Test
	void aNegativeWeightLowersARoleAndSaysWhy() {
		RoleScore ops = score(rank("lean", "research"), OPS);

		assertThat(ops.score()).isEqualTo(-2);
		assertThat(ops.scoreText()).isEqualTo("−2");
		assertThat(ops.lowered()).extracting(Reason::text)
			.containsExactly("you lean to research: this role is production-focused");
		assertThat(ops.lowered().get(0).signedPoints()).isEqualTo("−2");
	}

	@Test
	void rolesWithEqualScoresShareTheirPlace() {
		PickResult result = rank("interest", "automation", "interest", "pipelines");

		assertThat(result.ranking()).extracting(RoleScore::rank).containsExactly(1, 1, 3);
		assertThat(result.ranking()).extracting(RoleScore::tied).containsExactly(true, true, false);
		assertThat(result.ranking()).extracting(RoleScore::role).containsExactly(OPS, DATA, LAB);
		assertThat(result.summary()).isEqualTo("ops and data share the top place with 4 points each; "
				+ "the reasons below show what sets them apart from the rest.");
	}

	@Test
	void rolesWithEqualScoresFollowTheSitesOrderWhateverOrderTheyAreGivenIn() {
		PickResult result = PickRanking.rank(GUIDE, List.of(LAB, DATA, OPS),
				Answers.read(GUIDE, Map.of("interest", List.of("automation", "pipelines"))));

		assertThat(result.ranking()).extracting(RoleScore::role).containsExactly(OPS, DATA, LAB);
	}

	@Test
	void aScoreOfNothingHasNoSign() {
		RoleScore lab = score(rank("interest", "automation"), LAB);

		assertThat(lab.score()).isZero();
		assertThat(lab.scoreText()).isEqualTo("0");
	}

	@Test
	void answersThatMoveNoRoleGiveAnHonestUndecidedResult() {
		PickResult result = rank("lean", "either");

		assertThat(result.anyEffect()).isFalse();
		assertThat(result.ranking()).allMatch(score -> score.rank() == 1 && score.tied());
		assertThat(result.summary()).startsWith("Your answers do not set any role apart yet: every role scores 0.");
	}

	@Test
	void answersAreReadInCatalogueOrderWithoutDuplicatesOrBlanks() {
		Answers answers = Answers.read(GUIDE, Map.of("tool", List.of("spark", "docker", "spark", ""), "interest",
				List.of("pipelines", "automation"), "utm_source", List.of("newsletter")));

		assertThat(answers.link()).isEqualTo("/pick?interest=automation&interest=pipelines&tool=docker&tool=spark");
		assertThat(Answers.read(GUIDE, Map.of("interest", List.of(" "))).isEmpty()).isTrue();
	}

	@Test
	void anUnknownAnswerOrTwoAnswersToASingleChoiceQuestionAreBadRequestsNamingTheQuestion() {
		assertThatThrownBy(() -> Answers.read(GUIDE, Map.of("interest", List.of("astronomy"))))
			.isInstanceOf(BadRequestException.class)
			.hasMessageContaining("“astronomy”")
			.hasMessageContaining("What draws you?")
			.hasMessageContaining("automation, pipelines")
			.satisfies(e -> assertThat(((BadRequestException) e).parameter()).isEqualTo("interest"));
		assertThatThrownBy(() -> Answers.read(GUIDE, Map.of("tool", List.of("hammer"))))
			.hasMessageContaining("“hammer”")
			.hasMessageContaining("slug of a tool");
		assertThatThrownBy(() -> Answers.read(GUIDE, Map.of("lean", List.of("research", "either"))))
			.hasMessageContaining("takes one answer");
	}

	private static PickResult rank(String... pairs) {
		Map<String, List<String>> parameters = new java.util.LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			parameters.computeIfAbsent(pairs[i], key -> new java.util.ArrayList<>()).add(pairs[i + 1]);
		}
		return PickRanking.rank(GUIDE, ROLES, Answers.read(GUIDE, parameters));
	}

	private static RoleScore score(PickResult result, Role role) {
		return result.ranking().stream().filter(score -> score.role().equals(role)).findFirst().orElseThrow();
	}

	private static Option option(String slug, String phrase, Map<String, Integer> points) {
		Map<String, Weight> weights = new java.util.HashMap<>();
		points.forEach((role, p) -> weights.put(role, new Weight(p, null)));
		return new Option(slug, slug, phrase, weights);
	}

	private static Role role(String slug, int order, Map<Tool, Importance> tools) {
		RoleBuilder role = new RoleBuilder(slug, order);
		tools.forEach(role::tool);
		return role.build();
	}

}
