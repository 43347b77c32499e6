package com.toolkitatlas.filter;

import java.util.List;

import com.toolkitatlas.catalogue.Catalogue;
import com.toolkitatlas.catalogue.Items.UseCase;
import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.support.Page;
import com.toolkitatlas.support.Site;
import com.toolkitatlas.support.WebTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Searching for what a team builds: use cases, hiring advice and kinds of project, with
 * the roles to which it is core first.
 */
@WebTest
class UseCaseSearchTest {

	@Autowired
	Site site;

	@Autowired
	Catalogue catalogue;

	@Autowired
	RoleFilterService filters;

	@Autowired
	JsonMapper json;

	@Test
	void fraudDetectionFindsTheMlEngineerFirstAndSaysWhatMatched() {
		Page page = site.get("/roles?q=fraud+detection");

		List<String> names = page.document().select(".result__title a").eachText();
		assertThat(names).isNotEmpty();
		assertThat(names.get(0)).isEqualTo("Machine Learning Engineer");
		assertThat(names).contains("Data Scientist");
		assertThat(page.text()).contains("Use case: Fraud detection, core to the role",
				"Use case: Risk scoring, secondary to the role");
		assertThat(page.text()).doesNotContain("No role name");

		JsonNode api = json.readTree(site.getJson("/api/roles?q=fraud%20detection").body());
		JsonNode first = api.get("roles").get(0);
		assertThat(first.get("role").get("slug").asString()).isEqualTo("ml-engineer");
		assertThat(first.get("matched").get(0).get("kind").asString()).isEqualTo("Use case");
		assertThat(first.get("matched").get(0).get("importance").asString()).isEqualTo("CORE");
	}

	@Test
	void searchingForAnyUseCaseFindsItsRoleAndSaysItMatched() {
		for (Role role : catalogue.roles()) {
			for (UseCase useCase : role.useCases()) {
				RoleSearch search = filters.search(new FilterRequest(null, null, null, null, useCase.title(), null));
				RoleResult result = search.results()
					.stream()
					.filter(found -> found.role().equals(role))
					.findFirst()
					.orElseThrow(() -> new AssertionError(useCase.title() + " does not find " + role.slug()));
				assertThat(result.reasons()).as(useCase.title())
					.anyMatch(reason -> reason.kind().equals("Use case") && reason.name().text().equals(useCase.title())
							&& reason.core());
			}
		}
	}

	@Test
	void hiringAdviceIsSearchedAndQuotedSentenceBySentence() {
		RoleSearch search = filters.search(new FilterRequest(null, null, null, null, "environments drift", null));

		assertThat(search.results()).extracting(result -> result.role().slug()).contains("devops-engineer");
		RoleResult devops = search.results()
			.stream()
			.filter(result -> result.role().slug().equals("devops-engineer"))
			.findFirst()
			.orElseThrow();
		assertThat(devops.reasons()).anyMatch(reason -> reason.kind().equals("When to hire")
				&& reason.name().text().contains("environments drift apart") && reason.name().marked());
	}

}
