package com.toolkitatlas.hire;

import java.util.List;

import com.toolkitatlas.catalogue.Catalogue;
import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.catalogue.Topic;
import com.toolkitatlas.support.Page;
import com.toolkitatlas.support.Site;
import com.toolkitatlas.support.WebTest;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

@WebTest
class HirePageTest {

	@Autowired
	Site site;

	@Autowired
	HiringGuide guide;

	@Autowired
	Catalogue catalogue;

	@Autowired
	JsonMapper json;

	/**
	 * Projects as the source documents' hiring advice describes them, written as a hiring
	 * manager would tick them, several at once: the two sides of the ML-or-backend
	 * document's "when to hire each" (a data-driven product or AI feature; reliable,
	 * scalable, secure software infrastructure), and the alternatives document's split
	 * between the roles that prototype and those that run in production.
	 */
	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			project=fraud-detection                                                       | ml-engineer
			project=recommendation-engine&project=fraud-detection&stage=production        | ml-engineer
			project=language-feature                                                      | ml-engineer
			project=public-api&project=billing-authentication&project=background-jobs     | backend-engineer
			project=billing-authentication&stage=prototype                                | backend-engineer
			project=data-pipelines&project=streaming-data                                 | data-engineer
			project=ci-cd-infrastructure&project=monitoring&stage=production              | devops-engineer
			project=experiments-dashboards&project=churn-analysis                         | data-scientist
			project=predictive-analytics&stage=prototype                                  | data-scientist
			project=predictive-analytics&stage=production                                 | ml-engineer
			project=computer-vision&stage=prototype                                       | ai-engineer
			project=computer-vision&stage=production                                      | ml-engineer
			project=robotics&project=new-ai-methods                                       | ai-engineer
			""")
	void projectsLandOnTheRoleTheSourcesHiringAdviceNames(String query, String expected) {
		Role role = catalogue.role(expected).orElseThrow();

		Page page = site.get("/hire?" + query);

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.h1()).isIn("Hire a " + role.name() + " first", "Hire an " + role.name() + " first");
		Element first = page.select("#hire-" + expected);
		assertThat(first).as("the first hire's section").isNotNull();
		assertThat(first.text()).contains(role.text(Topic.WHEN_TO_HIRE));
		assertThat(page.select("link[rel=canonical]").attr("href")).endsWith("/hire?" + query);

		JsonNode plan = json.readTree(site.getJson("/api/hire?" + query).body());
		assertThat(plan.get("first").get("role").get("slug").asString()).isEqualTo(expected);
	}

	@Test
	void theFirstHireSaysWhyAndTheOthersWhatTheyDo() {
		Page page = site.get("/hire?project=fraud-detection");

		assertThat(page.select("#plan .lead").text())
			.isEqualTo("A Machine Learning Engineer is the first hire for Fraud detection.");
		assertThat(page.select("#hire-ml-engineer .hire-reasons").text())
			.contains("Fraud detection: core. Use case: Fraud detection");
		assertThat(page.select("#also-data-scientist").text()).contains("Data Scientist",
				"helps with Fraud detection (Use case: Risk scoring)");
		assertThat(page.select("#also-data-engineer").text()).contains("Use case: Real-time data streaming");
		// The ML engineer's collaborators that no link already named.
		assertThat(page.select(".hire-colleagues").text()).contains("Product managers of AI-driven features")
			.doesNotContain("Data scientists");
		assertThat(page.select("#comparisons a").attr("href")).isEqualTo("/compare/ml-engineer-vs-data-engineer");
	}

	@Test
	void theStageIsTheReasonWhereItDecided() {
		Page page = site.get("/hire?project=predictive-analytics&stage=prototype");

		assertThat(page.select("#hire-data-scientist .hire-reasons").text())
			.contains("Suits your stage (a first prototype)", "“tested findings and prototype models”");
		assertThat(page.select("#comparisons a").attr("href")).isEqualTo("/compare/ml-engineer-vs-data-scientist");
		assertThat(page.select("#comparisons").text())
			.contains("Both are core to “Predictive analytics and forecasting”.");
	}

	@Test
	void nothingTickedShowsTheFormWithEveryKindOfProject() {
		Page page = site.get("/hire");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.h1()).isEqualTo("What are you building?");
		assertThat(page.document().select("#plan")).isEmpty();
		assertThat(page.document().select("input[name=project]").eachAttr("value"))
			.isEqualTo(guide.kinds().stream().map(ProjectKind::slug).toList());
		assertThat(page.document().select("input[name=project][checked]")).isEmpty();
		assertThat(page.document().select("input[name=stage]").eachAttr("value")).containsExactly("prototype",
				"production");
		assertThat(site.get("/hire?stage=production").document().select("#plan")).isEmpty();
	}

	@Test
	void thePlanKeepsTheChoiceTickedInTheForm() {
		Page page = site.get("/hire?project=fraud-detection&project=data-pipelines&stage=production");

		assertThat(page.document().select("input[name=project][checked]").eachAttr("value"))
			.containsExactly("fraud-detection", "data-pipelines");
		assertThat(page.document().select("input[name=stage][checked]").eachAttr("value"))
			.containsExactly("production");
	}

	@Test
	void unknownKindsOfProjectAreA400ThatNamesThemInHtmlAndJson() {
		Page page = site.get("/hire?project=fraud-detection&project=blockchain&project=metaverse");
		assertThat(page.status()).isEqualTo(400);
		assertThat(page.text()).contains("“blockchain”", "“metaverse”", "fraud-detection");

		Page problem = site.getJson("/api/hire?project=blockchain");
		assertThat(problem.status()).isEqualTo(400);
		assertThat(problem.header("content-type")).startsWith("application/problem+json");
		JsonNode body = json.readTree(problem.body());
		assertThat(body.get("parameter").asString()).isEqualTo("project");
		assertThat(body.get("detail").asString()).contains("“blockchain”");

		assertThat(site.get("/hire?project=fraud-detection&stage=someday").status()).isEqualTo(400);
	}

	@Test
	void anotherSpellingOfAChoiceIsRedirectedToItsOneAddress() {
		Page page = site
			.get("/hire?stage=production&project=data-pipelines&project=fraud-detection&project=data-pipelines");
		assertThat(page.status()).isEqualTo(301);
		assertThat(page.header("Location"))
			.endsWith("/hire?project=fraud-detection&project=data-pipelines&stage=production");

		Page api = site.getJson("/api/hire?project=data-pipelines&project=fraud-detection&stage=");
		assertThat(api.status()).isEqualTo(301);
		assertThat(api.header("Location")).endsWith("/api/hire?project=fraud-detection&project=data-pipelines");
	}

	@Test
	void theApiListsWhatItAcceptsAndCitesEachLink() {
		JsonNode plan = json.readTree(site.getJson("/api/hire?project=new-ai-methods").body());

		assertThat(plan.get("projectKinds").size()).isEqualTo(guide.kinds().size());
		JsonNode cited = plan.get("first").get("coreTo").get(0);
		assertThat(cited.get("cites").asString()).isEqualTo("hiring-text");
		assertThat(catalogue.role("ai-engineer").orElseThrow().text(Topic.WHEN_TO_HIRE))
			.contains(cited.get("citation").asString());
		assertThat(plan.get("links").get("html").asString()).isEqualTo("/hire?project=new-ai-methods");

		JsonNode empty = json.readTree(site.getJson("/api/hire").body());
		assertThat(empty.get("first").isNull()).isTrue();
	}

	@Test
	void everyProfileLinksToThePlanWithItsProjectsTicked() {
		for (Role role : catalogue.roles()) {
			Page profile = site.get("/roles/" + role.slug());
			String href = profile.select("#hiring a[href^=/hire]").attr("href");
			List<String> projects = guide.kindsFor(role).stream().map(ProjectKind::slug).toList();
			assertThat(projects).as(role.slug()).isNotEmpty();

			Page plan = site.get(href);
			assertThat(plan.status()).as(href).isEqualTo(200);
			assertThat(plan.document().select("input[name=project][checked]").eachAttr("value")).as(href)
				.isEqualTo(projects);
		}
	}

	@Test
	void theHomePageAndTheNavigationLeadToHiring() {
		Page home = site.get("/");
		assertThat(home.select("#hiring a[href=/hire]")).isNotNull();
		assertThat(home.select("nav a[href=/hire]").text()).isEqualTo("Hire");
	}

	@Test
	void theSourcesPageListsEveryLinkWithWhatItCites() {
		Page sources = site.get("/sources");
		List<Element> rows = sources.document().select("#hire-method tbody tr");

		assertThat(rows).hasSize(guide.kinds().stream().mapToInt(kind -> kind.links().size()).sum());
		assertThat(sources.select("#hire-method").text())
			.contains("Fraud detection Machine Learning Engineer Core Use case: Fraud detection");
	}

}
