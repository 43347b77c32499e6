package com.toolkitatlas.alternative;

import com.toolkitatlas.api.Json;
import com.toolkitatlas.catalogue.Catalogue;
import com.toolkitatlas.catalogue.CatalogueFixture;
import com.toolkitatlas.catalogue.Topic;
import com.toolkitatlas.pick.PickGuideFixture;
import com.toolkitatlas.role.RoleServices;

import org.junit.jupiter.api.Test;

import static com.toolkitatlas.catalogue.CatalogueFixture.DATA;
import static com.toolkitatlas.catalogue.CatalogueFixture.ML;
import static org.assertj.core.api.Assertions.assertThat;

/** The alternatives as the JSON API answers them, over the fixture catalogue. */
class AlternativesResourceTest {

	private final Catalogue catalogue = CatalogueFixture.catalogue();

	private final AlternativeService alternatives = new AlternativeService(catalogue, RoleServices.over(catalogue),
			PickGuideFixture.guide(catalogue));

	@Test
	void anEditorialRankingNamesItsSourceAndEachPlaceItsReasonPayAndLinks() {
		AlternativesResource resource = AlternativesResource.of(alternatives.of("ml-engineer"));

		assertThat(resource.role()).isEqualTo("ml-engineer");
		assertThat(resource.name()).isEqualTo(ML.name());
		assertThat(resource.method()).isEqualTo("EDITORIAL");
		assertThat(resource.editorialSource()).isEqualTo(Json.SourceRef.of(CatalogueFixture.ARTICLE));
		assertThat(resource.whyLookBeyond()).isEqualTo(ML.text(Topic.WHY_LOOK_BEYOND));
		assertThat(resource.links()).containsEntry("self", "/api/roles/ml-engineer/alternatives")
			.containsEntry("html", "/roles/ml-engineer/alternatives")
			.containsEntry("role", "/api/roles/ml-engineer");
		AlternativesResource.Entry data = resource.alternatives().get(0);
		assertThat(data.rank()).isEqualTo(1);
		assertThat(data.slug()).isEqualTo("data-engineer");
		assertThat(data.name()).isEqualTo(DATA.name());
		assertThat(data.headline()).isEqualTo(DATA.headline());
		assertThat(data.difference()).isEqualTo(CatalogueFixture.difference(ML, DATA));
		assertThat(data.rankReason()).startsWith("Ranked 1st in the editorial ranking");
		assertThat(data.bestFor()).isEqualTo(DATA.bestFor());
		assertThat(data.chooseIf()).isEqualTo("If " + DATA.text(Topic.CHOOSE_IF) + ", consider Data Engineer.");
		assertThat(data.shared()).isEqualTo(new AlternativesResource.Shared(1, 1, 9, 22,
				"1 skill and 1 tool, 22% of the 9 skills and tools that either role uses: Docker, Data pipelines."));
		assertThat(data.pay().comparable()).isFalse();
		assertThat(data.pay().gapUsd()).isNull();
		assertThat(data.pay().alternative()).isEqualTo(Json.Salary.of(DATA.headlineSalary()));
		assertThat(data.pay().role()).isEqualTo(Json.Salary.of(ML.headlineSalary()));
		assertThat(data.links()).containsEntry("role", "/api/roles/data-engineer")
			.containsEntry("html", "/roles/data-engineer")
			.containsEntry("compare", "/compare/ml-engineer-vs-data-engineer");
	}

	@Test
	void aRankingBySimilarityHasNoSource() {
		AlternativesResource resource = AlternativesResource.of(alternatives.of("backend-engineer"));

		assertThat(resource.method()).isEqualTo("SIMILARITY");
		assertThat(resource.editorialSource()).isNull();
		assertThat(resource.alternatives().get(2).pay().comparable()).isTrue();
	}

}
