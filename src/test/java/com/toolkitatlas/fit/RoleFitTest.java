package com.toolkitatlas.fit;

import java.util.List;
import java.util.stream.IntStream;

import com.toolkitatlas.catalogue.CatalogueFixture;
import com.toolkitatlas.catalogue.Role;
import org.junit.jupiter.api.Test;

import static com.toolkitatlas.catalogue.CatalogueFixture.API_DESIGN;
import static com.toolkitatlas.catalogue.CatalogueFixture.BACKEND;
import static com.toolkitatlas.catalogue.CatalogueFixture.DATA;
import static com.toolkitatlas.catalogue.CatalogueFixture.DEVOPS;
import static com.toolkitatlas.catalogue.CatalogueFixture.DOCKER;
import static com.toolkitatlas.catalogue.CatalogueFixture.GO;
import static com.toolkitatlas.catalogue.CatalogueFixture.KUBERNETES;
import static com.toolkitatlas.catalogue.CatalogueFixture.MACHINE_LEARNING;
import static com.toolkitatlas.catalogue.CatalogueFixture.ML;
import static com.toolkitatlas.catalogue.CatalogueFixture.POSTGRESQL;
import static com.toolkitatlas.catalogue.CatalogueFixture.PYTHON;
import static com.toolkitatlas.catalogue.CatalogueFixture.PYTORCH;
import static com.toolkitatlas.catalogue.CatalogueFixture.RESEARCH;
import static com.toolkitatlas.catalogue.CatalogueFixture.SQL;
import static com.toolkitatlas.catalogue.CatalogueFixture.STATISTICS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * One role's fit and the way a page groups its items, over the fixture catalogue's
 * toolkits.
 */
class RoleFitTest {

	@Test
	void withNothingKnownEverythingIsLackingCoreFirstAndTheFitIsZero() {
		RoleFit ml = RoleFit.of(ML, KnownItems.NONE);

		assertThat(ml.have()).isEmpty();
		assertThat(ml.lack()).extracting(need -> need.item().name())
			.as("the core items in the toolkit's order, then the secondary ones")
			.containsExactly("Machine learning", "Statistics", "Docker", "PyTorch", "Python", "Data pipelines",
					"Kubernetes", "SQL");
		assertThat(ml.percent()).isZero();
		assertThat(ml.weightTotal()).isEqualTo(weight(ML));
	}

	@Test
	void theShareIsTheWeightKnownOverTheWeightOfTheWholeToolkit() {
		RoleFit backend = RoleFit.of(BACKEND, items(Item.of(DOCKER), Item.of(KUBERNETES), Item.of(PYTHON)));

		// Docker and Kubernetes are core (2 each) and Python secondary (1) for Backend.
		assertThat(backend.weightHad()).isEqualTo(2 + 2 + 1);
		assertThat(backend.percent()).isEqualTo((2 + 2 + 1) * 100 / weight(BACKEND));
		assertThat(backend.itemsHad()).isEqualTo(3);
		assertThat(backend.itemsTotal()).isEqualTo(KnownItems.needsOf(BACKEND).size());
		assertThat(backend.coreSummary()).isEqualTo("You have 2 of its " + core(BACKEND) + " core items, and 1 of its "
				+ (KnownItems.needsOf(BACKEND).size() - core(BACKEND)) + " secondary ones.");
		assertThat(RoleFit.of(RESEARCH, KnownItems.toolkitOf(RESEARCH)).percent()).isEqualTo(100);
	}

	@Test
	void aPageListsSkillsThenToolsThenLanguagesEachByCategoryPositionAndName() {
		RoleFit data = RoleFit.of(DATA, KnownItems.toolkitOf(DATA));

		// Data pipelines (data and modelling, position 1) before API design (software
		// engineering, position 2), although API design comes first by name.
		assertThat(data.haveGroups()).extracting(ItemGroup::label, group -> names(group.needs()))
			.containsExactly(tuple(CatalogueFixture.DATA_SKILLS.label(), List.of("Data pipelines")),
					tuple(CatalogueFixture.ENGINEERING.label(), List.of("API design")),
					tuple(CatalogueFixture.PLATFORM.label(), List.of("Docker")),
					tuple(CatalogueFixture.DATA_TOOLS.label(), List.of("Apache Spark", "PostgreSQL")),
					tuple("Languages", List.of("Python", "SQL")));
		assertThat(data.coreLacking()).isEmpty();
		assertThat(data.secondaryLacking()).isEmpty();
	}

	@Test
	void whatIsLackingIsSplitIntoCoreAndSecondaryGroups() {
		RoleFit ml = RoleFit.of(ML, items(Item.of(MACHINE_LEARNING), Item.of(SQL)));

		assertThat(ml.haveGroups()).extracting(ItemGroup::label, group -> names(group.needs()))
			.containsExactly(tuple(CatalogueFixture.DATA_SKILLS.label(), List.of("Machine learning")),
					tuple("Languages", List.of("SQL")));
		assertThat(ml.coreLacking()).extracting(ItemGroup::label, group -> names(group.needs()))
			.containsExactly(tuple(CatalogueFixture.DATA_SKILLS.label(), List.of("Statistics")),
					tuple(CatalogueFixture.PLATFORM.label(), List.of("Docker")),
					tuple(CatalogueFixture.DATA_TOOLS.label(), List.of("PyTorch")),
					tuple("Languages", List.of("Python")));
		assertThat(ml.secondaryLacking()).extracting(ItemGroup::label, group -> names(group.needs()))
			.containsExactly(tuple(CatalogueFixture.DATA_SKILLS.label(), List.of("Data pipelines")),
					tuple(CatalogueFixture.PLATFORM.label(), List.of("Kubernetes")));
	}

	@Test
	void theFitSaysWhetherCoreOrSecondaryItemsAreLacking() {
		RoleFit ml = RoleFit.of(ML, items(Item.of(MACHINE_LEARNING), Item.of(SQL)));

		assertThat(ml.lacksCore()).isTrue();
		assertThat(ml.lacksSecondary()).isTrue();

		RoleFit core = RoleFit.of(ML, items(Item.of(MACHINE_LEARNING), Item.of(STATISTICS), Item.of(DOCKER),
				Item.of(PYTORCH), Item.of(PYTHON)));
		assertThat(core.lacksCore()).as("every core item known").isFalse();
		assertThat(core.lacksSecondary()).isTrue();
		assertThat(core.coreLacking()).isEmpty();

		RoleFit whole = RoleFit.of(ML, KnownItems.toolkitOf(ML));
		assertThat(whole.lacksCore()).isFalse();
		assertThat(whole.lacksSecondary()).isFalse();
	}

	@Test
	void aFitJustBelowAnotherBeforeRoundingSaysSo() {
		// Everything of ML and Backend but their secondary data pipelines and CI/CD:
		// ML 12 of 13 (92.3%), Backend 13 of 14 (92.9%); Research has all of its toolkit.
		KnownItems known = items(Item.of(MACHINE_LEARNING), Item.of(STATISTICS), Item.of(PYTORCH), Item.of(DOCKER),
				Item.of(KUBERNETES), Item.of(PYTHON), Item.of(SQL), Item.of(API_DESIGN), Item.of(POSTGRESQL),
				Item.of(GO));
		FitRanking ranking = FitRanking.of(CatalogueFixture.ROLES, known);

		assertThat(ranking.places()).extracting(place -> place.fit().role(), place -> place.fit().percent())
			.startsWith(tuple(RESEARCH, 100), tuple(BACKEND, 13 * 100 / 14), tuple(ML, 12 * 100 / 13));
		assertThat(ranking.places().get(2).tie())
			.isEqualTo("Just below Backend Engineer before rounding to whole percentages.");
		assertThat(ranking.places().get(1).tie()).as("100% against 92%: no tie to explain").isNull();
		assertThat(ranking.places()).extracting(place -> place.fit().role()).endsWith(DATA, DEVOPS);
	}

	@Test
	void theSitesOrderOfRolesDecidesALevelFitWhateverOrderTheRolesComeIn() {
		FitRanking ranking = FitRanking.of(List.of(RESEARCH, DEVOPS, DATA, BACKEND, ML), KnownItems.NONE);

		assertThat(ranking.places()).extracting(place -> place.fit().role())
			.containsExactlyElementsOf(CatalogueFixture.ROLES);
		assertThat(ranking.places()).extracting(FitRanking.Place::rank)
			.containsExactlyElementsOf(IntStream.rangeClosed(1, CatalogueFixture.ROLES.size()).boxed().toList());
	}

	private static KnownItems items(Item... items) {
		return new KnownItems(List.of(items));
	}

	private static List<String> names(List<Need> needs) {
		return needs.stream().map(need -> need.item().name()).toList();
	}

	/** The weight of a role's whole toolkit: 2 a core item, 1 a secondary one. */
	private static int weight(Role role) {
		return KnownItems.needsOf(role).stream().mapToInt(need -> need.core() ? 2 : 1).sum();
	}

	private static int core(Role role) {
		return (int) KnownItems.needsOf(role).stream().filter(Need::core).count();
	}

}
