package com.toolkitatlas.alternative;

import com.toolkitatlas.catalogue.CatalogueFixture;
import com.toolkitatlas.support.WebSliceTest;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static com.toolkitatlas.support.Rendered.html;
import static org.assertj.core.api.Assertions.assertThat;

/** How the alternatives of a role are asked for, over the fixture catalogue. */
@WebSliceTest
class AlternativesControllerTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AlternativeService alternatives;

	@Test
	void aRolesAlternativesPageRanksTheOtherRoles() {
		MvcTestResult result = mvc.get().uri("/roles/backend-engineer/alternatives").exchange();

		assertThat(result).hasStatusOk().hasViewName("roles/alternatives");
		assertThat(result).model().containsEntry("canonical", "/roles/backend-engineer/alternatives");
		assertThat(result).model().extractingByKey("page").isEqualTo(alternatives.of("backend-engineer"));
		Document page = html(result);
		assertThat(page.select("#ranked ol.alt-list > li h3 a").eachText()).containsExactly("DevOps Engineer",
				"Data Engineer", "Machine Learning Engineer", "Research Scientist");
	}

	@Test
	void anUnknownRoleHasNoAlternativesForPeopleOrPrograms() {
		MvcTestResult page = mvc.get().uri("/roles/astronaut/alternatives").accept(MediaType.TEXT_HTML).exchange();
		assertThat(page).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(html(page).text()).contains("There is no role called “astronaut”");

		MvcTestResult json = mvc.get().uri("/api/roles/astronaut/alternatives").exchange();
		assertThat(json).hasStatus(HttpStatus.NOT_FOUND)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(json).bodyJson()
			.extractingPath("$.detail")
			.asString()
			.startsWith("There is no role called “astronaut”");
	}

	@Test
	void theApiGivesTheRankingWithEachPlacesReasonAndLinks() {
		MvcTestResult result = mvc.get().uri("/api/roles/ml-engineer/alternatives").exchange();

		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
		assertThat(result).bodyJson().extractingPath("$.method").isEqualTo("EDITORIAL");
		assertThat(result).bodyJson()
			.extractingPath("$.editorialSource.code")
			.isEqualTo(CatalogueFixture.ARTICLE.code());
		assertThat(result).bodyJson()
			.extractingPath("$.alternatives[*].slug")
			.asArray()
			.containsExactly("data-engineer", "research-scientist", "devops-engineer", "backend-engineer");
		assertThat(result).bodyJson()
			.extractingPath("$.alternatives[0].chooseIf")
			.isEqualTo("If " + CatalogueFixture.DATA.text(com.toolkitatlas.catalogue.Topic.CHOOSE_IF)
					+ ", consider Data Engineer.");
		assertThat(result).bodyJson()
			.extractingPath("$.alternatives[0].links.compare")
			.isEqualTo("/compare/ml-engineer-vs-data-engineer");
		assertThat(result).bodyJson().extractingPath("$.links.html").isEqualTo("/roles/ml-engineer/alternatives");
	}

}
