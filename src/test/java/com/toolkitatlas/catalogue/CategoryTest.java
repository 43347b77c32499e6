package com.toolkitatlas.catalogue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static com.toolkitatlas.catalogue.CatalogueFixture.API_DESIGN;
import static com.toolkitatlas.catalogue.CatalogueFixture.CI_CD;
import static com.toolkitatlas.catalogue.CatalogueFixture.DATA_SKILLS;
import static com.toolkitatlas.catalogue.CatalogueFixture.ENGINEERING;
import static com.toolkitatlas.catalogue.CatalogueFixture.MACHINE_LEARNING;
import static com.toolkitatlas.catalogue.CatalogueFixture.SECURITY;
import static org.assertj.core.api.Assertions.assertThat;

class CategoryTest {

	@Test
	void groupsEntriesInTheOrderOfTheCategoriesAndLeavesEmptyOnesOut() {
		Map<Category, List<Skill>> groups = Category.group(List.of(ENGINEERING, SECURITY, DATA_SKILLS),
				List.of(MACHINE_LEARNING, CI_CD, API_DESIGN), Skill::category);

		assertThat(groups.keySet()).containsExactly(ENGINEERING, DATA_SKILLS);
		assertThat(groups.get(ENGINEERING)).containsExactly(CI_CD, API_DESIGN);
		assertThat(groups.get(DATA_SKILLS)).containsExactly(MACHINE_LEARNING);
	}

	@Test
	void aToolCostCitesEachPageOfItsEvidence() {
		assertThat(CatalogueFixture.DOCKER.costChecked()).isTrue();
		assertThat(CatalogueFixture.DOCKER.cost().evidenceLinks()).containsExactly("https://example.org/docker-licence",
				"https://example.org/docker-pricing");
		assertThat(CatalogueFixture.KUBERNETES.cost().evidenceLinks())
			.containsExactly("https://example.org/kubernetes-licence");
		assertThat(CatalogueFixture.SPARK.costChecked()).isFalse();
	}

	@Test
	void aSourceLinksOnlyWhereItHasAnAddress() {
		assertThat(CatalogueFixture.SURVEY.hasUrl()).isTrue();
		assertThat(CatalogueFixture.ARTICLE.hasUrl()).isFalse();
	}

	@Test
	void aPairKnowsItsAddressItsOtherRoleAndItsNotesBySection() {
		RolePair pair = CatalogueFixture.catalogue().pair(CatalogueFixture.BACKEND, CatalogueFixture.ML).orElseThrow();

		assertThat(pair.path()).isEqualTo("/compare/ml-engineer-vs-backend-engineer");
		assertThat(pair.other(CatalogueFixture.ML)).isEqualTo(CatalogueFixture.BACKEND);
		assertThat(pair.other(CatalogueFixture.BACKEND)).isEqualTo(CatalogueFixture.ML);
		assertThat(pair.contains(CatalogueFixture.DATA)).isFalse();
		assertThat(pair.notes(ComparisonSection.VERDICT)).extracting(RolePair.Note::body)
			.containsExactly("Both pay well; the source ranks ML higher.");
		assertThat(pair.notes(ComparisonSection.ECOSYSTEM)).isEmpty();
	}

}
