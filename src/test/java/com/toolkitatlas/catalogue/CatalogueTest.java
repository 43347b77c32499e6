package com.toolkitatlas.catalogue;

import java.util.List;

import com.toolkitatlas.catalogue.Catalogue.Usage;

import org.junit.jupiter.api.Test;

import static com.toolkitatlas.catalogue.CatalogueFixture.ARTICLE;
import static com.toolkitatlas.catalogue.CatalogueFixture.BACKEND;
import static com.toolkitatlas.catalogue.CatalogueFixture.DATA;
import static com.toolkitatlas.catalogue.CatalogueFixture.DEVOPS;
import static com.toolkitatlas.catalogue.CatalogueFixture.DOCKER;
import static com.toolkitatlas.catalogue.CatalogueFixture.GO;
import static com.toolkitatlas.catalogue.CatalogueFixture.ML;
import static com.toolkitatlas.catalogue.CatalogueFixture.PIPELINES;
import static com.toolkitatlas.catalogue.CatalogueFixture.RESEARCH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class CatalogueTest {

	private final Catalogue catalogue = CatalogueFixture.catalogue();

	@Test
	void rolesComeInDisplayOrderWhateverOrderTheyAreGivenIn() {
		Catalogue shuffled = new Catalogue(List.of(RESEARCH, DATA, ML, DEVOPS, BACKEND), List.of(), List.of(),
				List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

		assertThat(shuffled.roles()).containsExactly(ML, BACKEND, DATA, DEVOPS, RESEARCH);
	}

	@Test
	void everyEntryIsFoundByItsSlugAndAnUnknownSlugFindsNothing() {
		assertThat(catalogue.role("data-engineer")).contains(DATA);
		assertThat(catalogue.skill("data-pipelines")).contains(PIPELINES);
		assertThat(catalogue.tool("docker")).contains(DOCKER);
		assertThat(catalogue.language("go")).contains(GO);
		assertThat(catalogue.source("S1")).contains(ARTICLE);
		assertThat(catalogue.role("astronaut")).isEmpty();
		assertThat(catalogue.skill("astronomy")).isEmpty();
		assertThat(catalogue.tool("telescope")).isEmpty();
		assertThat(catalogue.language("cobol")).isEmpty();
		assertThat(catalogue.source("S9")).isEmpty();
	}

	@Test
	void twoEntriesWithOneSlugAreRefused() {
		assertThatIllegalStateException()
			.isThrownBy(() -> new Catalogue(List.of(ML, ML), List.of(), List.of(), List.of(), List.of(), List.of(),
					List.of(), List.of(), List.of()))
			.withMessageContaining("ml-engineer");
	}

	@Test
	void aPairIsFoundInEitherOrderButARoleIsNoPairWithItself() {
		RolePair pair = catalogue.pair(ML, DATA).orElseThrow();

		assertThat(catalogue.pair(DATA, ML)).containsSame(pair);
		assertThat(pair.first()).isEqualTo(ML);
		assertThat(pair.second()).isEqualTo(DATA);
		assertThat(catalogue.pair(DATA, DATA)).isEmpty();
	}

	@Test
	void holdsEveryTwoRolesOnce() {
		int roles = catalogue.roles().size();

		assertThat(catalogue.pairs()).hasSize(roles * (roles - 1) / 2).doesNotHaveDuplicates();
	}

	@Test
	void thePairsOfARoleFollowTheDisplayOrderOfTheOtherRole() {
		assertThat(catalogue.pairsOf(DATA)).extracting(pair -> pair.other(DATA))
			.containsExactly(ML, BACKEND, DEVOPS, RESEARCH);
	}

	@Test
	void theRolesOfAPairComeInTheOtherRolesDisplayOrderWhateverOrderThePairsAreIn() {
		List<RolePair> scrambled = new java.util.ArrayList<>(CatalogueFixture.pairs(CatalogueFixture.ROLES));
		java.util.Collections.reverse(scrambled);
		Catalogue catalogue = new Catalogue(CatalogueFixture.ROLES, List.of(), List.of(), List.of(), List.of(),
				List.of(), List.of(), List.of(), scrambled);

		assertThat(catalogue.pairsOf(DATA)).extracting(pair -> pair.other(DATA))
			.containsExactly(ML, BACKEND, DEVOPS, RESEARCH);
	}

	@Test
	void holdsItsSourcesCategoriesAndCostModelsInTheOrderGiven() {
		assertThat(catalogue.sources()).containsExactly(ARTICLE, CatalogueFixture.SURVEY);
		assertThat(catalogue.costModels()).containsExactly(CatalogueFixture.OPEN_SOURCE);
		assertThat(catalogue.skillCategories()).containsExactly(CatalogueFixture.DATA_SKILLS,
				CatalogueFixture.ENGINEERING, CatalogueFixture.SECURITY);
		assertThat(catalogue.toolCategories()).containsExactly(CatalogueFixture.PLATFORM, CatalogueFixture.DATA_TOOLS);
		assertThat(Topic.WHEN_TO_HIRE.label()).isEqualTo("When to hire one");
	}

	@Test
	void theRolesUsingAnEntrySayHowCentralItIsToEachInDisplayOrder() {
		assertThat(catalogue.usesOf(DOCKER)).extracting(Usage::role, Usage::importance)
			.containsExactly(tuple(ML, Importance.CORE), tuple(BACKEND, Importance.CORE),
					tuple(DATA, Importance.SECONDARY), tuple(DEVOPS, Importance.CORE));
		assertThat(catalogue.usesOf(PIPELINES)).extracting(Usage::role).containsExactly(ML, DATA);
		assertThat(catalogue.usesOf(GO)).extracting(Usage::role).containsExactly(BACKEND, DEVOPS);
		assertThat(catalogue.usesOf(DOCKER)).extracting(Usage::source).containsOnly(ARTICLE);
	}

	private static org.assertj.core.groups.Tuple tuple(Object... values) {
		return org.assertj.core.groups.Tuple.tuple(values);
	}

}
