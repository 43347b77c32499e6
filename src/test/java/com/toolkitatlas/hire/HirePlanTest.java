package com.toolkitatlas.hire;

import java.util.List;
import java.util.Map;

import com.toolkitatlas.catalogue.Importance;
import com.toolkitatlas.catalogue.Items.UseCase;
import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.catalogue.RolePair;
import com.toolkitatlas.catalogue.Topic;
import com.toolkitatlas.web.BadRequestException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The planning rules on small hand-made roles and projects, independent of the seeded
 * catalogue.
 */
class HirePlanTest {

	private static final Role MODELS = role("models", 1, "Hire one to ship models and keep them accurate after launch.",
			"Fraud scoring", "Forecasts");

	private static final Role SERVICES = role("services", 2, "Hire one for reliable APIs.", "Payment APIs");

	private static final Role ANALYSIS = role("analysis", 3, "Hire one for tested findings and prototype models.",
			"Risk scoring", "Forecasting");

	private static final ProjectKind FRAUD = new ProjectKind("fraud", "Fraud detection",
			List.of(new ProjectLink(MODELS, Importance.CORE, MODELS.useCases().get(0), null),
					new ProjectLink(ANALYSIS, Importance.SECONDARY, ANALYSIS.useCases().get(0), null)));

	private static final ProjectKind FORECASTS = new ProjectKind("forecasts", "Forecasting",
			List.of(new ProjectLink(MODELS, Importance.CORE, MODELS.useCases().get(1), null),
					new ProjectLink(ANALYSIS, Importance.CORE, ANALYSIS.useCases().get(1), null)));

	private static final ProjectKind API = new ProjectKind("api", "A public API",
			List.of(new ProjectLink(SERVICES, Importance.CORE, SERVICES.useCases().get(0), null),
					new ProjectLink(MODELS, Importance.SECONDARY, null, "keep them accurate after launch")));

	private static final HiringGuide GUIDE = new HiringGuide(List.of(MODELS, SERVICES, ANALYSIS),
			List.of(pair(MODELS, SERVICES), pair(MODELS, ANALYSIS), pair(SERVICES, ANALYSIS)),
			List.of(FRAUD, FORECASTS, API),
			Map.of(MODELS, new StageLean(Stage.PRODUCTION, "keep them accurate after launch"), ANALYSIS,
					new StageLean(Stage.PROTOTYPE, "tested findings and prototype models")),
			Map.of(MODELS,
					List.of(new Collaborator("Analysts", ANALYSIS), new Collaborator("Product managers", null))));

	@Test
	void theRoleCoreToAProjectIsHiredFirstAndTheHelpersAfter() {
		HirePlan plan = plan(List.of("fraud"), null);

		assertThat(plan.first().role()).isEqualTo(MODELS);
		assertThat(plan.first().core()).extracting(match -> match.link().citation())
			.containsExactly("Use case: Fraud scoring");
		assertThat(plan.others()).extracting(HirePlan.Candidate::role).containsExactly(ANALYSIS);
		assertThat(plan.summary()).isEqualTo("A models is the first hire for Fraud detection.");
	}

	@Test
	void theStageDecidesBetweenRolesCoreToAsManyProjects() {
		assertThat(plan(List.of("forecasts"), "prototype").first().role()).isEqualTo(ANALYSIS);
		assertThat(plan(List.of("forecasts"), "production").first().role()).isEqualTo(MODELS);
		// Without a stage, display order decides.
		assertThat(plan(List.of("forecasts"), null).first().role()).isEqualTo(MODELS);
	}

	@Test
	void theStageNeverOutweighsBeingCoreToMoreProjects() {
		HirePlan plan = plan(List.of("fraud"), "prototype");

		assertThat(plan.first().role()).isEqualTo(MODELS);
		assertThat(plan.others().get(0).fitsStage()).isTrue();
	}

	@Test
	void severalProjectsAddUpAndEveryRoleTheyNeedIsListed() {
		HirePlan plan = plan(List.of("fraud", "forecasts", "api"), null);

		assertThat(plan.first().role()).isEqualTo(MODELS);
		assertThat(plan.first().core()).extracting(match -> match.project().slug())
			.containsExactly("fraud", "forecasts");
		assertThat(plan.first().secondary()).extracting(match -> match.link().citation())
			.containsExactly("When to hire: “keep them accurate after launch”");
		assertThat(plan.others()).extracting(HirePlan.Candidate::role).containsExactly(ANALYSIS, SERVICES);
	}

	@Test
	void colleaguesAreTheFirstRolesCollaboratorsThatNoProjectAlreadyNamed() {
		assertThat(plan(List.of("fraud"), null).colleagues()).extracting(Collaborator::name)
			.containsExactly("Product managers");
		assertThat(plan(List.of("api"), null).colleagues()).isEmpty();
	}

	@Test
	void comparisonsAreWithTheRolesCoreToAsManyProjectsOrElseTheRunnerUp() {
		assertThat(plan(List.of("forecasts"), null).comparisons()).containsExactly(new HirePlan.Comparison(MODELS,
				ANALYSIS, "/compare/models-vs-analysis", "Both are core to “Forecasting”."));
		assertThat(plan(List.of("fraud"), null).comparisons()).extracting(HirePlan.Comparison::href)
			.containsExactly("/compare/models-vs-analysis");
	}

	@Test
	void theAddressListsProjectsInFormOrderOnceAndRedirectsOtherSpellings() {
		HireRequest shuffled = new HireRequest(List.of("api", "fraud", "api", ""), "production");
		HireQuery query = HireQuery.read(GUIDE, shuffled);

		assertThat(query.href()).isEqualTo("/hire?project=fraud&project=api&stage=production");
		assertThat(query.spelledAsIn(shuffled)).isFalse();
		assertThat(query.spelledAsIn(new HireRequest(List.of("fraud", "api"), "production"))).isTrue();
		assertThat(HireQuery.read(GUIDE, new HireRequest(null, null)).href()).isEqualTo("/hire");
	}

	@Test
	void unknownKindsOfProjectAreABadRequestThatNamesEveryOne() {
		assertThatThrownBy(
				() -> HireQuery.read(GUIDE, new HireRequest(List.of("fraud", "blockchain", "metaverse"), null)))
			.isInstanceOfSatisfying(BadRequestException.class, problem -> {
				assertThat(problem.parameter()).isEqualTo("project");
				assertThat(problem.getMessage()).contains("“blockchain”", "“metaverse”", "fraud, forecasts, api");
			});
		assertThatThrownBy(() -> HireQuery.read(GUIDE, new HireRequest(List.of("fraud"), "someday")))
			.isInstanceOfSatisfying(BadRequestException.class,
					problem -> assertThat(problem.getMessage()).contains("“someday”", "prototype, production"));
	}

	@Test
	void aGuideWhoseHiringPhraseIsNotInTheRolesTextOrThatLeavesARoleOutCannotBeBuilt() {
		ProjectKind misquoted = new ProjectKind("api", "A public API",
				List.of(new ProjectLink(SERVICES, Importance.CORE, null, "secure and fast APIs")));
		assertThatThrownBy(() -> new HiringGuide(List.of(SERVICES), List.of(), List.of(misquoted), Map.of(), Map.of()))
			.hasMessageContaining("secure and fast APIs");
		assertThatThrownBy(
				() -> new HiringGuide(List.of(MODELS, SERVICES), List.of(), List.of(FRAUD), Map.of(), Map.of()))
			.hasMessageContaining("services");
	}

	private static HirePlan plan(List<String> projects, String stage) {
		return HirePlan.of(GUIDE, HireQuery.read(GUIDE, new HireRequest(projects, stage)));
	}

	private static RolePair pair(Role first, Role second) {
		return new RolePair(first, second, "difference", List.of());
	}

	private static Role role(String slug, int order, String whenToHire, String... useCases) {
		return new Role(slug, slug, slug, order, slug, slug, slug, slug, slug, null,
				Map.of(Topic.WHEN_TO_HIRE, whenToHire), Map.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
				List.of(useCases).stream().map(title -> new UseCase(title, null)).toList(), List.of(), List.of(),
				List.of(), List.of(), List.of(), List.of(), List.of(), null);
	}

}
