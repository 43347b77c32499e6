package com.toolkitatlas.compare;

import java.util.List;

import com.toolkitatlas.catalogue.Catalogue;
import com.toolkitatlas.catalogue.ListTopic;
import com.toolkitatlas.catalogue.Overlap;
import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.support.Page;
import com.toolkitatlas.support.Site;
import com.toolkitatlas.support.WebTest;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@WebTest
class RolesComparisonPageTest {

	private static final List<String> ROWS = List.of("Best for", "Primary focus", "Key responsibility", "Key skills",
			"Primary tools", "Common languages", "Common workflows", "Theory foundations", "Works most with",
			"Salary range (US)", "Common hiring companies", "Career progression");

	@Autowired
	Site site;

	@Autowired
	Catalogue catalogue;

	@Test
	void threeRolesShareOneTableWithAColumnEachInDisplayOrder() {
		Page page = site.get("/compare?roles=data-scientist,ml-engineer,devops-engineer");
		List<Role> roles = List.of(role("ml-engineer"), role("devops-engineer"), role("data-scientist"));

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.h1()).isEqualTo("ML Engineer, DevOps Engineer and Data Scientist compared");
		assertThat(page.select("link[rel=canonical]").attr("href"))
			.isEqualTo("http://localhost:8080/compare?roles=ml-engineer,devops-engineer,data-scientist");
		assertThat(page.document().select("#at-a-glance thead th").eachText())
			.containsExactly("Machine Learning Engineer", "DevOps Engineer", "Data Scientist");
		assertThat(page.document().select("#at-a-glance thead a").eachAttr("href"))
			.containsExactly("/roles/ml-engineer", "/roles/devops-engineer", "/roles/data-scientist");
		assertThat(page.document().select("#at-a-glance tbody th").eachText()).containsExactlyElementsOf(ROWS);
		for (int column = 0; column < roles.size(); column++) {
			Role role = roles.get(column);
			String cells = String.join(" ",
					page.document().select("#at-a-glance tbody td:nth-of-type(" + (column + 1) + ")").eachText());
			assertThat(cells).as(role.slug())
				.contains(role.bestFor())
				.contains(role.workflows())
				.contains(role.theory())
				.contains(role.collaborators())
				.contains(role.primaryFocus(), role.headlineSalary().summary());
			role.coreSkills().forEach(link -> assertThat(cells).contains(link.skill().name()));
			role.coreTools().forEach(link -> assertThat(cells).contains(link.tool().name()));
		}
	}

	@Test
	void payIsDrawnOnOneScaleWithAWarningWhenTheFiguresDiffer() {
		Page page = site.get("/compare?roles=ml-engineer,devops-engineer,data-scientist");

		assertThat(page.document().select("#pay .salary-chart:not(.pay-picture) tbody tr")).hasSize(3);
		assertThat(page.section("pay")).contains("$160,000–$250,000 base salary band", "$124,392 average",
				"$112,590 median", "Drawn on a scale from $0 to $400k");
		assertThat(page.select("#pay .salary-warning").text()).contains("ML Engineer: base salary range",
				"DevOps Engineer: average", "Data Scientist: median");
	}

	@Test
	void theSimilarityMatrixGivesEachPairItsJaccardFigureAndLinksToItsPage() {
		Page page = site.get("/compare?roles=ml-engineer,backend-engineer,data-engineer");
		Overlap mlBackend = Overlap.of(role("ml-engineer"), role("backend-engineer"));
		Overlap backendData = Overlap.of(role("backend-engineer"), role("data-engineer"));

		Element table = page.select("#similarity table");
		assertThat(table.select("thead th").eachText()).containsExactly("Role", "ML Engineer", "Backend Engineer",
				"Data Engineer");
		assertThat(table.select("tbody tr:nth-child(1) td").eachText()).first().asString().contains("same role");
		assertThat(table.select("tbody tr:nth-child(1) td:nth-of-type(2) a").text())
			.isEqualTo(mlBackend.similarityPercent() + "%");
		assertThat(table.select("tbody tr:nth-child(2) td:nth-of-type(1) a").text())
			.isEqualTo(mlBackend.similarityPercent() + "%");
		assertThat(table.select("tbody tr:nth-child(2) td:nth-of-type(3)").text())
			.contains(backendData.similarityPercent() + "%", backendData.shared() + " of ");
		assertThat(table.select("tbody tr:nth-child(3) td:nth-of-type(1) a").attr("href"))
			.isEqualTo("/compare/ml-engineer-vs-data-engineer");
		assertThat(page.section("similarity")).contains("Jaccard");
		assertThat(page.links()).contains("/sources#similarity");
	}

	@Test
	void allSixRolesFitInOneTable() {
		Page page = site.get("/compare?roles=ml-engineer,backend-engineer,data-engineer,devops-engineer,"
				+ "data-scientist,ai-engineer");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.document().select("#at-a-glance thead a")).hasSize(6);
		assertThat(page.document().select("#similarity tbody tr")).hasSize(6);
		assertThat(page.document().select("#similarity tbody td a")).hasSize(30);
		assertThat(page.section("at-a-glance"))
			.contains(catalogue.role("ai-engineer").orElseThrow().note(ListTopic.HIRING_COMPANIES));
	}

	@Test
	void thePageOffersThePickerWithItsRolesTicked() {
		Page page = site.get("/compare?roles=ml-engineer,data-engineer,ai-engineer");

		assertThat(page.document().select("#change form.picker input[checked]").eachAttr("value"))
			.containsExactly("ml-engineer", "data-engineer", "ai-engineer");
	}

	@Test
	void twoRolesRedirectToTheirCanonicalPairPage() {
		Page page = site.get("/compare?roles=backend-engineer,ml-engineer");

		assertThat(page.status()).isEqualTo(303);
		assertThat(page.header("location")).endsWith("/compare/ml-engineer-vs-backend-engineer");
		assertThat(site.get("/compare?roles=ai-engineer&roles=data-engineer").header("location"))
			.endsWith("/compare/data-engineer-vs-ai-engineer");
	}

	@Test
	void comparingARoleWithItselfLeadsToItsProfile() {
		Page page = site.get("/compare?roles=devops-engineer,devops-engineer");

		assertThat(page.status()).isEqualTo(303);
		assertThat(page.header("location")).endsWith("/roles/devops-engineer");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"ml-engineer | 400 | Only one role was chosen (Machine Learning Engineer). A comparison needs at least two",
			"ml-engineer,backend-engineer,data-engineer,devops-engineer,data-scientist,ai-engineer,ml-engineer | 400 | 7 roles were asked for, but a comparison holds at most six",
			"ml-engineer,backend-engineer,ml-engineer | 400 | Machine Learning Engineer was chosen more than once",
			"ml-engineer,astronaut | 404 | There is no role called “astronaut”", "'' | 400 | No role was chosen" })
	void aBadChoiceSaysExactlyWhatWasWrongAndOffersThePicker(String roles, int status, String message) {
		Page page = site.get("/compare?roles=" + roles);

		assertThat(page.status()).isEqualTo(status);
		assertThat(page.h1()).isEqualTo(status == 404 ? "Not found" : "Bad request");
		assertThat(page.select(".lead").text()).startsWith(message);
		assertThat(page.select("nav.site-nav")).isNotNull();
		assertThat(page.document().select("main form.picker[action=/compare][method=get] input[type=checkbox]"))
			.hasSize(6);
		assertThat(page.document().select("main form.picker input[checked]").eachAttr("value"))
			.allMatch(slug -> roles.contains(slug))
			.doesNotContain("astronaut");

		Page json = site.getJson("/compare?roles=" + roles);
		assertThat(json.status()).isEqualTo(status);
		assertThat(json.header("content-type")).startsWith("application/problem+json");
		assertThat(json.body()).contains(message)
			.contains(status == 400 ? "\"parameter\":\"roles\"" : "\"status\":404");
	}

	@Test
	void whatATypedValueContainsIsQuotedNeverReflectedAsMarkup() {
		Page page = site.get("/compare?roles=ml-engineer,%3Cscript%3Ealert(1)%3C/script%3E");

		assertThat(page.status()).isEqualTo(404);
		assertThat(page.text()).contains("There is no role called “<script>alert(1)</script>”");
		assertThat(page.body()).doesNotContain("<script>alert(1)");
	}

	private Role role(String slug) {
		return catalogue.role(slug).orElseThrow();
	}

}
