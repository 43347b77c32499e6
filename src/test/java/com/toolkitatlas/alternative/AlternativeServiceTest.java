package com.toolkitatlas.alternative;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.toolkitatlas.alternative.Alternatives.Alternative;
import com.toolkitatlas.alternative.Alternatives.RankingMethod;
import com.toolkitatlas.alternative.Alternatives.SharedEntries;
import com.toolkitatlas.alternative.Alternatives.SideBySideRow;
import com.toolkitatlas.alternative.Alternatives.StrengthFit;
import com.toolkitatlas.catalogue.Catalogue;
import com.toolkitatlas.catalogue.CatalogueFixture;
import com.toolkitatlas.catalogue.Importance;
import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.catalogue.RoleBuilder;
import com.toolkitatlas.catalogue.Skill;
import com.toolkitatlas.catalogue.TestRoles;
import com.toolkitatlas.pick.PickGuide;
import com.toolkitatlas.pick.PickGuide.Option;
import com.toolkitatlas.pick.PickGuide.OptionSource;
import com.toolkitatlas.pick.PickGuide.Question;
import com.toolkitatlas.pick.PickGuide.Weight;
import com.toolkitatlas.pick.PickGuideFixture;
import com.toolkitatlas.role.RoleServices;
import com.toolkitatlas.web.NotFoundException;

import org.junit.jupiter.api.Test;

import static com.toolkitatlas.catalogue.CatalogueFixture.BACKEND;
import static com.toolkitatlas.catalogue.CatalogueFixture.DATA;
import static com.toolkitatlas.catalogue.CatalogueFixture.DEVOPS;
import static com.toolkitatlas.catalogue.CatalogueFixture.DOCKER;
import static com.toolkitatlas.catalogue.CatalogueFixture.KUBERNETES;
import static com.toolkitatlas.catalogue.CatalogueFixture.ML;
import static com.toolkitatlas.catalogue.CatalogueFixture.POSTGRESQL;
import static com.toolkitatlas.catalogue.CatalogueFixture.RESEARCH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Alternatives over the fixture catalogue (see the similarity table in
 * {@link CatalogueFixture}), and over tiny catalogues made for the rarer reasons a place
 * can have.
 */
class AlternativeServiceTest {

	private final AlternativeService alternatives = service(CatalogueFixture.catalogue());

	@Test
	void aRoleWithoutAnEditorialRankingHasTheOthersOrderedBySimilarity() {
		Alternatives backend = alternatives.of("backend-engineer");

		assertThat(backend.role()).isEqualTo(BACKEND);
		assertThat(backend.method()).isEqualTo(RankingMethod.SIMILARITY);
		assertThat(backend.editorial()).isFalse();
		assertThat(backend.editorialSource()).isNull();
		assertThat(backend.alternatives()).extracting(Alternative::role).containsExactly(DEVOPS, DATA, ML, RESEARCH);
		assertThat(backend.alternatives()).extracting(Alternative::rank).containsExactly(1, 2, 3, 4);
	}

	@Test
	void eachPlaceBySimilaritySaysWhyItIsThere() {
		assertThat(alternatives.of("backend-engineer").alternatives()).extracting(Alternative::rankReason)
			.containsExactly(
					"Ranked 1st by similarity, with the largest share of skills and tools in common with Backend "
							+ "Engineer (50%).",
					"Ranked 2nd by similarity, with 43% of skills and tools in common with Backend Engineer, against "
							+ "50% for DevOps Engineer.",
					"Ranked 3rd by similarity, with 22% of skills and tools in common with Backend Engineer, against "
							+ "43% for Data Engineer.",
					"Ranked 4th by similarity, with no skills or tools in common with Backend Engineer.");
	}

	@Test
	void rolesWithNothingInCommonFollowTheSitesOrderAndSaySo() {
		Alternatives research = alternatives.of("research-scientist");

		assertThat(research.alternatives()).extracting(Alternative::role).containsExactly(ML, BACKEND, DATA, DEVOPS);
		assertThat(research.alternatives().subList(1, 4)).extracting(Alternative::rankReason)
			.allMatch(reason -> reason.endsWith("no skills or tools in common with Research Scientist."));
	}

	@Test
	void anEditorialRankingIsFollowedAsTheSourceGivesItAndCitesIt() {
		Alternatives ml = alternatives.of("ml-engineer");

		assertThat(ml.method()).isEqualTo(RankingMethod.EDITORIAL);
		assertThat(ml.editorial()).isTrue();
		assertThat(ml.editorialSource()).isEqualTo(CatalogueFixture.ARTICLE);
		assertThat(ml.alternatives()).extracting(Alternative::role).containsExactly(DATA, RESEARCH, DEVOPS, BACKEND);
		assertThat(ml.alternatives().get(1).rankReason())
			.isEqualTo("Ranked 2nd in the editorial ranking of An undated toolkit comparison article.");
	}

	@Test
	void eachAlternativeCarriesThePairsDifferenceAndItsComparisonPage() {
		Alternative data = alternatives.of("devops-engineer").alternatives().get(2);

		assertThat(data.role()).isEqualTo(DATA);
		assertThat(data.difference()).isEqualTo(CatalogueFixture.difference(DATA, DEVOPS));
		assertThat(data.comparePath()).isEqualTo("/compare/data-engineer-vs-devops-engineer");
	}

	@Test
	void whatTwoRolesShareIsCountedAsTheSimilarityCountsItWithToolsNamedFirst() {
		SharedEntries shared = alternatives.of("backend-engineer").alternatives().get(1).shared();

		assertThat(shared).isEqualTo(new SharedEntries(1, 2, 7, 43, List.of("Docker", "PostgreSQL", "API design"), 0));
		assertThat(shared.total()).isEqualTo(3);
		assertThat(shared.summary()).isEqualTo(
				"1 skill and 2 tools, 43% of the 7 skills and tools that either role uses: Docker, PostgreSQL, API design.");
	}

	@Test
	void aLongListOfSharedEntriesShowsSixAndCountsTheRest() {
		SharedEntries many = new SharedEntries(4, 5, 12, 75, List.of("a", "b", "c", "d", "e", "f"), 3);
		SharedEntries none = alternatives.of("backend-engineer").alternatives().get(3).shared();

		assertThat(many.summary())
			.isEqualTo("4 skills and 5 tools, 75% of the 12 skills and tools that either role uses: a, b, c, d, e, f "
					+ "and 3 more.");
		assertThat(none.total()).isZero();
		assertThat(none.summary())
			.isEqualTo("No skills or tools in common; together the two roles use 8 skills and tools.");
		assertThat(sharedOf(9))
			.isEqualTo(new SharedEntries(9, 0, 9, 100, List.of("S1", "S2", "S3", "S4", "S5", "S6"), 3));
		assertThat(sharedOf(6).more()).isZero();
	}

	@Test
	void payIsComparedWithTheHeadlineFigureOfTheRoleBeingLeft() {
		List<Alternative> ranked = alternatives.of("backend-engineer").alternatives();

		Alternative ml = ranked.get(2);
		assertThat(ml.pay().figure()).isEqualTo(ML.headlineSalary());
		assertThat(ml.pay().baseline()).isEqualTo(BACKEND.headlineSalary());
		assertThat(ml.pay().summary()).isEqualTo("$160k–$250k base salary range, against $100k–$180k for Backend "
				+ "Engineer (same basis, US): $60k higher at the bottom of the band, $70k higher at the top.");
		assertThat(ranked.get(3).pay().summary()).isEqualTo("$90,000 median (UK), against a $100k–$180k base salary "
				+ "range for Backend Engineer (US). The figures cover different regions, so no gap is computed.");
	}

	@Test
	void theSideBySideTableStartsWithTheRoleItselfThenItsAlternativesWithTheirCoreTools() {
		List<SideBySideRow> rows = alternatives.of("backend-engineer").sideBySide();

		assertThat(rows).extracting(SideBySideRow::role).containsExactly(BACKEND, DEVOPS, DATA, ML, RESEARCH);
		assertThat(rows).extracting(SideBySideRow::current).containsExactly(true, false, false, false, false);
		assertThat(rows.get(0).coreTools()).containsExactly(DOCKER, KUBERNETES, POSTGRESQL);
	}

	@Test
	void eachStrengthOfTheGuideNamesTheAlternativesThatDrawOnItMost() {
		assertThat(alternatives.of("backend-engineer").strengths()).containsExactly(
				new StrengthFit("Mathematics", List.of(ML, RESEARCH)),
				new StrengthFit("System operations", List.of(DEVOPS)),
				new StrengthFit("Software architecture", List.of(DATA)));
		assertThat(alternatives.of("ml-engineer").strengths()).extracting(StrengthFit::roles)
			.containsExactly(List.of(RESEARCH), List.of(DEVOPS), List.of(BACKEND));
	}

	@Test
	void aStrengthNoAlternativeDrawsOnIsLeftOut() {
		Catalogue catalogue = CatalogueFixture.catalogue();
		Question strength = new Question(PickGuide.STRENGTH, "Strongest?", "", true, OptionSource.LIST, "you are",
				List.of(new Option("poetry", "Poetry", "poetry",
						Map.of("ml-engineer", new Weight(2, null), "backend-engineer", new Weight(-1, null))),
						new Option("nothing", "Nothing", "nothing", Map.of())));
		PickGuide guide = new PickGuide(List.of(strength), Map.of(), List.of());
		AlternativeService service = new AlternativeService(catalogue, RoleServices.over(catalogue), guide);

		assertThat(service.of("ml-engineer").strengths()).isEmpty();
		assertThat(service.of("data-engineer").strengths()).containsExactly(new StrengthFit("Poetry", List.of(ML)));
	}

	@Test
	void anUnknownRoleHasNoAlternatives() {
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> alternatives.of("astronaut"))
			.withMessageStartingWith("There is no role called “astronaut”");
	}

	@Test
	void rolesLevelOnEveryCountAreOrderedAsTheSiteOrdersRolesAndSaySo() {
		// b and c each share one of the four skills of either.
		Role a = role("a", 1, "s1", "s2", "s3", "s4");
		List<Alternative> ranked = service(a, role("b", 2, "s1"), role("c", 3, "s2")).of("a").alternatives();

		assertThat(ranked).extracting(alternative -> alternative.role().slug()).containsExactly("b", "c");
		assertThat(ranked.get(1).rankReason()).isEqualTo("Ranked 2nd by similarity, with 25% of skills and tools in "
				+ "common with a, level with b on every count, so the site's order of roles decides.");
	}

	@Test
	void atEqualSimilarityMoreEntriesInCommonRankHigher() {
		// c shares 1 of 4 (25%), b shares 2 of 8 (25%): b has more in common.
		Role a = role("a", 1, "s1", "s2", "s3", "s4");
		List<Alternative> ranked = service(a, role("c", 2, "s1"), role("b", 3, "s1", "s2", "x1", "x2", "x3", "x4"))
			.of("a")
			.alternatives();

		assertThat(ranked).extracting(alternative -> alternative.role().slug()).containsExactly("b", "c");
		assertThat(ranked.get(1).rankReason()).isEqualTo("Ranked 2nd by similarity, with 25% of skills and tools in "
				+ "common with a, level with b but with fewer entries in common (1 against 2).");
	}

	@Test
	void aFigureThatOnlyRoundsToTheSamePercentageSaysItIsJustBelow() {
		// b shares 5 of 13 (38.5%), c 3 of 8 (37.5%): both shown as 38%.
		Role a = role("a", 1, "s1", "s2", "s3", "s4", "s5", "s6");
		List<Alternative> ranked = service(a, role("c", 2, "s1", "s2", "s3", "x1", "x2"),
				role("b", 3, "s1", "s2", "s3", "s4", "s5", "y1", "y2", "y3", "y4", "y5", "y6", "y7"))
			.of("a")
			.alternatives();

		assertThat(ranked).extracting(alternative -> alternative.shared().percent()).containsExactly(38, 38);
		assertThat(ranked.get(1).rankReason()).isEqualTo("Ranked 2nd by similarity, with 38% of skills and tools in "
				+ "common with a, just below b before rounding.");
	}

	private static AlternativeService service(Catalogue catalogue) {
		return new AlternativeService(catalogue, RoleServices.over(catalogue), PickGuideFixture.guide(catalogue));
	}

	private static AlternativeService service(Role... roles) {
		List<Role> all = List.of(roles);
		return service(new Catalogue(all, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
				CatalogueFixture.pairs(all)));
	}

	/** The entries b shares with a, where a has the first n skills of b's nine. */
	private static SharedEntries sharedOf(int n) {
		List<String> nine = List.of("S1", "S2", "S3", "S4", "S5", "S6", "S7", "S8", "S9");
		Role a = role("a", 1, nine.subList(0, n).stream().map(String::toLowerCase).toArray(String[]::new));
		Role b = role("b", 2, nine.stream().map(String::toLowerCase).toArray(String[]::new));
		return service(a, b).of("b").alternatives().get(0).shared();
	}

	/**
	 * A role with a core skill for each slug (named as the slug in capitals), paid $100k.
	 */
	private static Role role(String slug, int order, String... skills) {
		RoleBuilder role = new RoleBuilder(slug, order).salary(CatalogueFixture.BACKEND.headlineSalary());
		List<Skill> list = new ArrayList<>();
		for (String skill : skills) {
			list.add(TestRoles.skill(skill));
		}
		list.forEach(skill -> role.skill(skill, Importance.CORE));
		return role.build();
	}

}
