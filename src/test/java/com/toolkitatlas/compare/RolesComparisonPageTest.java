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
		List<String> roles = List.of("ml-engineer", "devops-engineer", "data-scientist");
		Page page = site.get("/compare?roles=" + String.join(",", roles));

		assertThat(page.document().select("#pay .salary-chart:not(.pay-picture) tbody tr")).hasSize(roles.size());
		assertThat(page.section("pay")).contains("$160,000–$250,000 base salary band", "$124,392 average",
				// The top of the ML engineer's band, the largest figure drawn, ends the
				// scale.
				"$112,590 median", "Drawn on a scale from $0 to $250k");
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
	void asManyRolesAsATableHoldsFitInOne() {
		List<Role> roles = catalogue.roles().stream().limit(catalogue.roles().size()).toList();
		Page page = site.get("/compare?roles=" + String.join(",", roles.stream().map(Role::slug).toList()));

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.document().select("#at-a-glance thead a")).hasSize(roles.size());
		assertThat(page.document().select("#similarity tbody tr")).hasSize(roles.size());
		assertThat(page.document().select("#similarity tbody td a")).as("a link in every cell off the diagonal")
			.hasSize(roles.size() * (roles.size() - 1));
		assertThat(page.section("at-a-glance"))
			.contains(catalogue.role("ai-engineer").orElseThrow().note(ListTopic.HIRING_COMPANIES));
	}

	@Test
	void thePageOffersThePickerWithItsRolesTicked() {
		Page page = site.get("/compare?roles=ml-engineer,data-engineer,ai-engineer");

		assertThat(page.document().select("#change form.picker input[checked]").eachAttr("value"))
			.containsExactly("ml-engineer", "data-engineer", "ai-engineer");
	}

	private Role role(String slug) {
		return catalogue.role(slug).orElseThrow();
	}

}
