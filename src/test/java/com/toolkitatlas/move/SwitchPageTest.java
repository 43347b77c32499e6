package com.toolkitatlas.move;

import java.util.List;

import com.toolkitatlas.catalogue.Catalogue;
import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.fit.Item;
import com.toolkitatlas.fit.KnownItems;
import com.toolkitatlas.fit.Need;
import com.toolkitatlas.support.Page;
import com.toolkitatlas.support.Site;
import com.toolkitatlas.support.WebTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

@WebTest
class SwitchPageTest {

	private static final String BACKEND_TO_ML = "/switch/backend-engineer-to-ml-engineer";

	@Autowired
	Site site;

	@Autowired
	Catalogue catalogue;

	@Autowired
	JsonMapper json;

	@Test
	void fromBackendToMlDockerKubernetesAndPythonCarryOverAndTheMlToolsAreToLearn() {
		Page page = site.get(BACKEND_TO_ML);
		Role backend = catalogue.role("backend-engineer").orElseThrow();
		Role ml = catalogue.role("ml-engineer").orElseThrow();

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.h1()).isEqualTo("From Backend Engineer to Machine Learning Engineer");
		assertThat(page.document().select("#carries-over a").eachText()).contains("Docker", "Kubernetes", "Python");
		List<String> mlToolsBackendLacks = ml.coreTools()
			.stream()
			.map(link -> link.tool())
			.filter(tool -> backend.tool(tool.slug()).isEmpty())
			.map(tool -> tool.name())
			.toList();
		assertThat(mlToolsBackendLacks).as("the catalogue gives ML core tools a backend engineer lacks").isNotEmpty();
		assertThat(page.document().select("#to-learn a").eachText()).containsAll(mlToolsBackendLacks)
			.doesNotContain("Docker", "Kubernetes", "Python");
		assertThat(page.document().select("#to-learn h3").eachText()).startsWith("Core for ML Engineer", "Secondary");
		assertThat(page.document().select("#left-behind a").eachText()).isNotEmpty()
			.doesNotContainAnyElementsOf(page.document().select("#carries-over a").eachText());
		assertThat(page.section("pay")).contains(ml.headlineSalary().display(), backend.headlineSalary().display());
		RoleSwitch move = RoleSwitch.of(backend, ml, KnownItems.NONE, "/compare/ml-engineer-vs-backend-engineer");
		assertThat(page.select(".switch-verdict").text()).isEqualTo(move.verdict())
			.contains(move.fit().percent() + "%");
		assertThat(page.links()).contains("/compare/ml-engineer-vs-backend-engineer",
				"/switch/ml-engineer-to-backend-engineer", "/roles/backend-engineer/alternatives");
	}

	@Test
	void whatThePersonKnowsIsLeftOutOfWhatToLearn() {
		Role ml = catalogue.role("ml-engineer").orElseThrow();
		Role backend = catalogue.role("backend-engineer").orElseThrow();
		Need first = RoleSwitch.of(backend, ml, KnownItems.NONE, "").toLearn().get(0);
		Page page = site.get(BACKEND_TO_ML + "?" + first.item().parameter());

		assertThat(page.section("to-learn")).contains("Already known to you");
		assertThat(page.document().select("#to-learn .fit-groups").first().select("a").eachText())
			.doesNotContain(first.item().name());
		assertThat(page.select("#to-learn input[value=" + first.item().slug() + "]").hasAttr("checked")).isTrue();
		assertThat(page.text()).contains("What to learn leaves out the item you said you know.");
	}

	@Test
	void everyOrderedPairOfRolesHasItsPage() {
		int pages = 0;
		for (Role from : catalogue.roles()) {
			for (Role to : catalogue.roles()) {
				if (from.equals(to)) {
					continue;
				}
				Page page = site.get("/switch/" + from.slug() + "-to-" + to.slug());
				assertThat(page.status()).isEqualTo(200);
				assertThat(page.h1()).isEqualTo("From " + from.name() + " to " + to.name());
				pages++;
			}
		}
		assertThat(pages).isEqualTo(catalogue.roles().size() * (catalogue.roles().size() - 1));
	}

	@Test
	void aRoleNamedTwiceLeadsToItsProfileAndAnUnknownRoleIsTheSites404() {
		Page same = site.get("/switch/ml-engineer-to-ml-engineer");
		assertThat(same.status()).isEqualTo(301);
		assertThat(same.header("location")).endsWith("/roles/ml-engineer");

		Page unknown = site.get("/switch/backend-engineer-to-astronaut");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.text()).contains("There is no role called “astronaut”.");
		Page shapeless = site.get("/switch/backend-engineer");
		assertThat(shapeless.status()).isEqualTo(404);
		assertThat(shapeless.text()).contains("does not name two roles");

		Page unknownItem = site.get(BACKEND_TO_ML + "?tool=pytorc");
		assertThat(unknownItem.status()).isEqualTo(400);
		assertThat(unknownItem.linkTextTo(BACKEND_TO_ML + "?tool=pytorch")).isEqualTo("Use PyTorch instead");
	}

	@Test
	void anotherSpellingOfWhatIsKnownIsRedirectedToItsOneAddress() {
		KnownItems known = new KnownItems(List.of(Item.of(catalogue.tool("pytorch").orElseThrow()),
				Item.of(catalogue.skill("deep-learning").orElseThrow())));

		Page page = site.get(BACKEND_TO_ML + "?tool=pytorch&skill=deep-learning&tool=PyTorch");
		assertThat(page.status()).isEqualTo(301);
		assertThat(page.header("location")).endsWith(known.on(BACKEND_TO_ML));
		assertThat(site.get(known.on(BACKEND_TO_ML)).status()).isEqualTo(200);

		Page api = site.getJson("/api" + BACKEND_TO_ML + "?skill=deep-learning,&tool=pytorch");
		assertThat(api.status()).isEqualTo(301);
		assertThat(api.header("location")).endsWith(known.on("/api" + BACKEND_TO_ML));
	}

	@Test
	void theApiAnswersFromTheSameComputation() {
		Role ml = catalogue.role("ml-engineer").orElseThrow();
		Role backend = catalogue.role("backend-engineer").orElseThrow();
		RoleSwitch move = RoleSwitch.of(backend, ml, KnownItems.NONE, "");
		JsonNode body = json.readTree(site.getJson("/api" + BACKEND_TO_ML).body());

		assertThat(body.get("from").asString()).isEqualTo("backend-engineer");
		assertThat(body.get("coveredPercent").asInt()).isEqualTo(move.fit().percent());
		assertThat(body.get("verdict").asString()).isEqualTo(move.verdict());
		assertThat(body.get("carriesOver").findValuesAsString("slug")).contains("docker", "kubernetes", "python");
		assertThat(body.get("toLearn").findValuesAsString("slug"))
			.isEqualTo(move.toLearn().stream().map(need -> need.item().slug()).toList());
		assertThat(body.get("links").get("compare").asString()).isEqualTo("/compare/ml-engineer-vs-backend-engineer");

		Page same = site.getJson("/api/switch/ml-engineer-to-ml-engineer");
		assertThat(same.status()).isEqualTo(400);
		assertThat(same.header("content-type")).startsWith("application/problem+json");
		assertThat(site.getJson("/api/switch/ml-engineer-to-astronaut").status()).isEqualTo(404);
	}

	@Test
	void pairPagesAlternativesAndProfilesLinkToTheMovesBothWays() {
		Page pair = site.get("/compare/ml-engineer-vs-backend-engineer");
		assertThat(pair.links()).contains("/switch/ml-engineer-to-backend-engineer",
				"/switch/backend-engineer-to-ml-engineer");

		Page alternatives = site.get("/roles/backend-engineer/alternatives");
		for (Role other : catalogue.roles()) {
			if (!other.slug().equals("backend-engineer")) {
				assertThat(alternatives.linkTextTo("/switch/backend-engineer-to-" + other.slug()))
					.isEqualTo("How to make this move, to " + other.shortName());
			}
		}

		Page profile = site.get("/roles/data-engineer");
		List<String> links = profile.document().select("#switch a").eachAttr("href");
		assertThat(links).hasSize(2 * (catalogue.roles().size() - 1) + 1)
			.contains("/switch/data-engineer-to-ml-engineer", "/switch/ml-engineer-to-data-engineer", "/fit");
	}

	@Test
	void theOpenApiDescriptionHasFitAndSwitch() {
		JsonNode api = json.readTree(site.getJson("/v3/api-docs").body());

		assertThat(api.get("paths").has("/api/fit")).isTrue();
		assertThat(api.get("paths").has("/api/switch/{move}")).isTrue();
		assertThat(api.get("paths").get("/api/fit").get("get").get("parameters").findValuesAsString("name"))
			.containsExactlyInAnyOrder("skill", "tool", "language");
		assertThat(Item.Kind.values()).extracting(Item.Kind::parameter).containsExactly("skill", "tool", "language");
	}

}
