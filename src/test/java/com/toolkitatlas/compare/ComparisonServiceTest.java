package com.toolkitatlas.compare;

import java.util.List;

import com.toolkitatlas.api.Json;
import com.toolkitatlas.catalogue.ComparisonSection;
import com.toolkitatlas.catalogue.ListTopic;
import com.toolkitatlas.catalogue.Catalogue;
import com.toolkitatlas.catalogue.CatalogueFixture;
import com.toolkitatlas.catalogue.Overlap;
import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.catalogue.RolePair;
import com.toolkitatlas.catalogue.Topic;
import com.toolkitatlas.compare.CompareOutcome.Redirect;
import com.toolkitatlas.compare.CompareOutcome.Show;
import com.toolkitatlas.salary.SalaryCharts;
import com.toolkitatlas.support.FixtureConfiguration;
import com.toolkitatlas.web.BadRequestException;
import com.toolkitatlas.web.English;
import com.toolkitatlas.web.NotFoundException;

import org.junit.jupiter.api.Test;

import static com.toolkitatlas.catalogue.CatalogueFixture.BACKEND;
import static com.toolkitatlas.catalogue.CatalogueFixture.DATA;
import static com.toolkitatlas.catalogue.CatalogueFixture.DEVOPS;
import static com.toolkitatlas.catalogue.CatalogueFixture.ML;
import static com.toolkitatlas.catalogue.CatalogueFixture.RESEARCH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Comparisons composed from the fixture catalogue (see {@link CatalogueFixture}). */
class ComparisonServiceTest {

	private final Catalogue catalogue = CatalogueFixture.catalogue();

	private final ComparisonService comparisons = new ComparisonService(catalogue, new SalaryCharts(),
			FixtureConfiguration.occupationsOf(catalogue));

	@Test
	void theCanonicalAddressOfAPairPutsTheRoleOfLowerDisplayOrderFirst() {
		assertThat(ComparisonService.pairPath(DATA, ML)).isEqualTo("/compare/ml-engineer-vs-data-engineer");
		assertThat(ComparisonService.pairPath(ML, DATA)).isEqualTo("/compare/ml-engineer-vs-data-engineer");
	}

	@Test
	void aPairAddressInCanonicalOrderShowsThePair() {
		PairComparison pair = show(comparisons.pair("ml-engineer-vs-data-engineer"));

		assertThat(pair.first()).isEqualTo(ML);
		assertThat(pair.second()).isEqualTo(DATA);
		assertThat(pair.roles()).containsExactly(ML, DATA);
		assertThat(pair.path()).isEqualTo("/compare/ml-engineer-vs-data-engineer");
		assertThat(pair.pair().difference()).isEqualTo(CatalogueFixture.difference(ML, DATA));
		assertThat(pair.overlap()).isEqualTo(Overlap.of(ML, DATA));
		assertThat(pair.similarity()).isEqualTo(new Similarity(2, 9, 22));
	}

	@Test
	void aPairAddressInTheOtherOrderRedirectsPermanentlyToTheCanonicalOne() {
		assertThat(comparisons.pair("data-engineer-vs-ml-engineer"))
			.isEqualTo(new Redirect<>("/compare/ml-engineer-vs-data-engineer", true));
	}

	@Test
	void aRoleComparedWithItselfRedirectsToItsProfile() {
		assertThat(comparisons.pair("data-engineer-vs-data-engineer"))
			.isEqualTo(new Redirect<>("/roles/data-engineer", true));
	}

	@Test
	void anAddressThatNamesNoTwoRolesIsNotFoundAndShowsTheExpectedForm() {
		for (String path : List.of("ml-engineer", "ml-engineer-vs-", "-vs-ml-engineer", "a-vs-b-vs-c")) {
			assertThatExceptionOfType(NotFoundException.class).as(path)
				.isThrownBy(() -> comparisons.pair(path))
				.withMessage("“" + path + "” does not name two roles. A comparison address reads like "
						+ "/compare/ml-engineer-vs-backend-engineer; choose two roles below.");
		}
	}

	@Test
	void unknownRolesInAPairAddressAreNamedOnce() {
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> comparisons.pair("ml-engineer-vs-astronaut"))
			.withMessageStartingWith("There is no role called “astronaut”.");
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> comparisons.pair("astronaut-vs-astronaut"))
			.withMessageStartingWith("There is no role called “astronaut”.");
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> comparisons.pair("pilot-vs-astronaut"))
			.withMessageStartingWith("There are no roles called “pilot”, “astronaut”.");
	}

	@Test
	void severalRolesAreShownInDisplayOrderTwoGoToTheirPairAndOneToItsProfile() {
		RolesComparison three = show(comparisons.roles(List.of("research-scientist,ml-engineer", "data-engineer")));
		assertThat(three.roles()).containsExactly(ML, DATA, RESEARCH);
		assertThat(three.path()).isEqualTo("/compare?roles=ml-engineer,data-engineer,research-scientist");
		assertThat(three.names()).isEqualTo("ML Engineer, Data Engineer and Research Scientist");

		assertThat(comparisons.roles(List.of("data-engineer,ml-engineer")))
			.isEqualTo(new Redirect<>("/compare/ml-engineer-vs-data-engineer", false));
		assertThat(comparisons.roles(List.of("devops-engineer", "devops-engineer")))
			.isEqualTo(new Redirect<>("/roles/devops-engineer", false));
	}

	@Test
	void theTableOfSeveralRolesHasTheirPayAndTheSimilarityOfEachTwo() {
		RolesComparison comparison = comparisons.compare(List.of(ML, BACKEND, DEVOPS));

		assertThat(comparison.glance()).isEqualTo(GlanceRows.of(List.of(ML, BACKEND, DEVOPS)));
		assertThat(comparison.salary().headlines().bars()).extracting(bar -> bar.figure())
			.containsExactly(ML.headlineSalary(), BACKEND.headlineSalary(), DEVOPS.headlineSalary());
		assertThat(comparison.similarity()).isEqualTo(SimilarityMatrix.of(List.of(ML, BACKEND, DEVOPS)));
		assertThat(comparison.salary().comparable()).isFalse();
		assertThat(comparison.salary().warning())
			.isEqualTo(ComparisonService.salaryWarning(List.of(ML, BACKEND, DEVOPS)));
	}

	@Test
	void aPairHasBothRolesTextsTheirPayOnOneScaleAndTheOtherPairsOfEachRole() {
		PairComparison pair = comparisons.compare(BACKEND, ML);

		assertThat(pair.sections()).extracting(PairComparison.Section::section)
			.containsExactly(ComparisonSection.values());
		assertThat(pair.sections()).flatExtracting(PairComparison.Section::topics)
			.filteredOn(topic -> topic.topic() == Topic.ONBOARDING)
			.singleElement()
			.extracting(PairComparison.TopicTexts::texts)
			.isEqualTo(List.of(new RoleText(ML, ML.text(Topic.ONBOARDING)),
					new RoleText(BACKEND, BACKEND.text(Topic.ONBOARDING))));
		assertThat(pair.sections()).filteredOn(section -> section.section() == ComparisonSection.VERDICT)
			.singleElement()
			.extracting(PairComparison.Section::notes)
			.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.list(RolePair.Note.class))
			.extracting(RolePair.Note::body)
			.containsExactly("Both pay well; the source ranks ML higher.");
		assertThat(pair.salary().comparable()).isTrue();
		assertThat(pair.salary().headlines().bars()).extracting(bar -> bar.label())
			.containsExactly("Machine Learning Engineer", "Backend Engineer");
		assertThat(pair.everyFigure().bars()).extracting(bar -> bar.label())
			.containsExactly("ML Engineer: Base salary band", "ML Engineer: Survey median",
					"Backend Engineer: Base salary band");
		assertThat(pair.firstPairs()).extracting(other -> other.other(ML)).containsExactly(DATA, DEVOPS, RESEARCH);
		assertThat(pair.secondPairs()).extracting(other -> other.other(BACKEND))
			.containsExactly(DATA, DEVOPS, RESEARCH);
	}

	@Test
	void aRoleCannotBeComparedWithItselfInProgramsEither() {
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> comparisons.compare(ML, ML))
			.withMessage("A role cannot be compared with itself: Machine Learning Engineer is its own profile.");
		assertThatExceptionOfType(BadRequestException.class)
			.isThrownBy(() -> comparisons.resource(List.of("ml-engineer,ml-engineer")))
			.withMessage("Machine Learning Engineer was the only role named. A comparison needs two to "
					+ English.number(catalogue.roles().size()) + " different roles.")
			.extracting(BadRequestException::parameter)
			.isEqualTo("roles");
	}

	@Test
	void thePickerTicksTheKnownRolesARefusedRequestNamed() {
		assertThat(comparisons.picker().selected()).isEmpty();
		assertThat(comparisons.picker().roles()).isEqualTo(catalogue.roles());
		assertThat(comparisons.picker().pairs()).isEqualTo(catalogue.pairs());
		assertThat(ComparePicker.of(catalogue, List.of("data-engineer", "astronaut")).selected())
			.containsExactly("data-engineer");
		assertThat(ComparePicker.of(catalogue, List.of("ml-engineer", " astronaut", "devops-engineer", "ml-engineer"))
			.selected()).containsExactly("ml-engineer", "devops-engineer");
		assertThat(ComparePicker.of(catalogue, List.of()).selected()).isEmpty();
	}

	@Test
	void headlineFiguresOfOneBasisAndRegionAreComparableAsTheyStand() {
		assertThat(ComparisonService.salaryWarning(List.of(ML, BACKEND))).isNull();
	}

	@Test
	void figuresOfDifferentBasesSayWhatEachMeasures() {
		assertThat(ComparisonService.salaryWarning(List.of(ML, BACKEND, DATA, DEVOPS)))
			.isEqualTo("These figures are not of the same kind, so the longer bar does not simply mean the better "
					+ "pay. ML Engineer and Backend Engineer: base salary range, that is, the band of base pay, "
					+ "before bonus and equity. Data Engineer: average, that is, the mean of advertised or reported "
					+ "salaries. DevOps Engineer: median, that is, half of the people in the occupation earn more, "
					+ "half less.");
	}

	@Test
	void figuresOfDifferentRegionsSayWhichRegionEachCovers() {
		assertThat(ComparisonService.salaryWarning(List.of(DEVOPS, RESEARCH)))
			.isEqualTo("These figures are not of the same kind, so the longer bar does not simply mean the better "
					+ "pay. They also cover different regions: US for DevOps Engineer; UK for Research Scientist.");
	}

	@Test
	void closenessRanksAPairAmongAllPairsOfTheCatalogueByThirds() {
		// The ten fixture pairs by similarity: 50, 50, 43, 25, 22, 22, 13, 0, 0, 0.
		assertThat(comparisons.compare(ML, RESEARCH).closeness())
			.isEqualTo("ML Engineer and Research Scientist share 3 of the 6 skills and tools either of them uses, a "
					+ "similarity of 50%: the highest of the 10 pairs in the atlas. That is a large overlap for "
					+ "two of these toolkits, so the choice is less final than it looks: much of what you learn "
					+ "in one carries over if you later move to the other.");
		assertThat(comparisons.compare(BACKEND, DATA).closeness()).contains("43%: the 3rd highest of the 10 pairs")
			.contains("a large overlap");
		assertThat(comparisons.compare(ML, DEVOPS).closeness()).contains("25%: the 4th highest of the 10 pairs")
			.contains("keeps part of your toolkit");
		assertThat(comparisons.compare(ML, DATA).closeness()).contains("22%: the 5th highest of the 10 pairs")
			.contains("keeps part of your toolkit");
		assertThat(comparisons.compare(DATA, DEVOPS).closeness()).contains("13%: the 7th highest of the 10 pairs")
			.contains("little in common");
		assertThat(comparisons.compare(DEVOPS, RESEARCH).closeness()).contains("0%: the 8th highest of the 10 pairs")
			.contains("little in common");
	}

	@Test
	void theApiAnswerForAPairCarriesItsTextsNotesAndOverlap() {
		CompareResource resource = comparisons.resource(List.of("backend-engineer", "ml-engineer"));

		assertThat(resource.roles()).containsExactly("ml-engineer", "backend-engineer");
		assertThat(resource.links()).containsEntry("self", "/api/compare?roles=ml-engineer,backend-engineer")
			.containsEntry("html", "/compare/ml-engineer-vs-backend-engineer")
			.containsEntry("csv", "/api/compare.csv?roles=ml-engineer,backend-engineer");
		assertThat(resource.similarity()).containsExactly(new CompareResource.SimilarityCell("ml-engineer",
				"backend-engineer", 2, 9, 22, "/compare/ml-engineer-vs-backend-engineer"));
		assertThat(resource.pay().warning()).isNull();
		CompareResource.PairDetail pair = resource.pair();
		assertThat(pair.difference()).isEqualTo(CatalogueFixture.difference(ML, BACKEND));
		assertThat(pair.texts()).hasSize(Topic.values().length);
		assertThat(pair.texts().get("whenToHire")).containsEntry("ml-engineer", ML.text(Topic.WHEN_TO_HIRE))
			.containsEntry("backend-engineer", BACKEND.text(Topic.WHEN_TO_HIRE));
		assertThat(pair.notes()).containsExactly(
				new CompareResource.Note("VERDICT", "Both pay well; the source ranks ML higher.", "S1"),
				new CompareResource.Note("COST", "Models cost more to run.", null));
		assertThat(pair.overlap()).isEqualTo(new CompareResource.OverlapDetail(List.of(),
				List.of("data-pipelines", "machine-learning", "statistics"), List.of("api-design", "ci-cd"),
				List.of("docker", "kubernetes"), List.of("pytorch"), List.of("postgresql"), 22));
		assertThat(pair.closeness()).startsWith("ML Engineer and Backend Engineer share 2 of the 9");
	}

	@Test
	void theApiAnswerForSeveralRolesHasEveryPairOnceAndAPayWarning() {
		CompareResource resource = comparisons.resource(List.of("research-scientist,devops-engineer,ml-engineer"));

		assertThat(resource.roles()).containsExactly("ml-engineer", "devops-engineer", "research-scientist");
		assertThat(resource.similarity()).extracting(cell -> cell.first() + "/" + cell.second() + " " + cell.percent())
			.containsExactly("ml-engineer/devops-engineer 25", "ml-engineer/research-scientist 50",
					"devops-engineer/research-scientist 0");
		assertThat(resource.links()).containsEntry("html",
				"/compare?roles=ml-engineer,devops-engineer,research-scientist");
		assertThat(resource.pay().warning()).isEqualTo(ComparisonService.salaryWarning(List.of(ML, DEVOPS, RESEARCH)));
		assertThat(resource.pay().headlines()).containsExactly(Json.Salary.of(ML.headlineSalary()),
				Json.Salary.of(DEVOPS.headlineSalary()), Json.Salary.of(RESEARCH.headlineSalary()));
		assertThat(resource.pair()).isNull();
		Role[] order = { ML, DEVOPS, RESEARCH };
		CompareResource.Row focus = resource.glance().get(1);
		assertThat(focus.label()).isEqualTo("Primary focus");
		assertThat(focus.cells().keySet()).containsExactly("ml-engineer", "devops-engineer", "research-scientist");
		for (Role role : order) {
			assertThat(focus.cells().get(role.slug()).entries()).containsExactly(role.primaryFocus());
		}
		CompareResource.Row hiring = resource.glance().get(10);
		assertThat(hiring.label()).isEqualTo("Common hiring companies");
		assertThat(hiring.cells().get("ml-engineer"))
			.isEqualTo(new CompareResource.Cell(List.of("StreamCo"), null, "S1", null));
		assertThat(hiring.cells().get("research-scientist"))
			.isEqualTo(new CompareResource.Cell(List.of(), null, null, RESEARCH.note(ListTopic.HIRING_COMPANIES)));
	}

	@Test
	void theCsvHasAColumnPerRoleAndTheDetailOfAFigureInBrackets() {
		List<String> lines = comparisons.csv(List.of("data-engineer,ml-engineer")).lines().toList();

		assertThat(lines.get(0)).isEqualTo("row,ml-engineer,data-engineer");
		assertThat(lines).contains("Key skills,Machine learning; Statistics,Data pipelines",
				"Salary range (US),\"$160,000–$250,000 base salary band (Base salary range, US, 2025)\","
						+ "\"$125,758 average (Average, US, 2024)\"");
		assertThat(lines).hasSize(1 + GlanceRows.of(List.of(ML, DATA)).size());
	}

	private static <T> T show(CompareOutcome<T> outcome) {
		assertThat(outcome).isInstanceOf(Show.class);
		return ((Show<T>) outcome).page();
	}

}
