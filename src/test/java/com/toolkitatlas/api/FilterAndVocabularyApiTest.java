package com.toolkitatlas.api;

import java.util.List;

import com.toolkitatlas.catalogue.Catalogue;
import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.support.Page;
import com.toolkitatlas.support.Site;
import com.toolkitatlas.support.WebTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

@WebTest
class FilterAndVocabularyApiTest {

	@Autowired
	Site site;

	@Autowired
	JsonMapper json;

	@Autowired
	Catalogue catalogue;

	@Test
	void filteringByAToolAndALanguageKeepsExactlyTheRolesThatHaveBoth() {
		JsonNode body = json.readTree(site.getJson("/api/roles?tool=kubernetes&language=python").body());

		List<String> expected = catalogue.roles()
			.stream()
			.filter(role -> role.tool("kubernetes").isPresent() && role.language("python").isPresent())
			.map(Role::slug)
			.toList();
		assertThat(body.get("roles").findValues("role").stream().map(role -> role.get("slug").asString()).toList())
			.containsExactlyInAnyOrderElementsOf(expected);
		assertThat(body.get("count").asInt()).isEqualTo(expected.size());
		assertThat(body.get("filter").get("tool").get(0).asString()).isEqualTo("kubernetes");
		JsonNode devops = body.get("roles")
			.findParents("matched")
			.stream()
			.filter(role -> role.get("role").get("slug").asString().equals("devops-engineer"))
			.findFirst()
			.orElseThrow();
		assertThat(devops.get("matched").findValuesAsString("name")).contains("Kubernetes", "Python");
		assertThat(body.get("links").get("html").asString()).isEqualTo("/roles?tool=kubernetes&language=python");
	}

	@Test
	void everyOptionCountEqualsTheRolesThatChoosingItGives() {
		JsonNode facets = json.readTree(site.getJson("/api/roles?tool=docker").body()).get("facets");

		for (JsonNode option : facets) {
			if (option.get("selected").asBoolean() || !option.get("parameter").asString().equals("skill")) {
				continue;
			}
			String path = "/api/roles?tool=docker&skill=" + option.get("slug").asString();
			assertThat(json.readTree(site.getJson(path).body()).get("count").asInt()).as(path)
				.isEqualTo(option.get("count").asInt());
		}
	}

	@Test
	void aSynonymFindsTheSameRolesAsTheFullName() {
		assertThat(slugs("/api/roles?q=k8s")).isEqualTo(slugs("/api/roles?q=kubernetes")).isNotEmpty();
	}

	@Test
	void badFiltersAreProblemsNamingTheParameter() {
		Page unknown = site.getJson("/api/roles?tool=kubernets");
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.header("content-type")).startsWith("application/problem+json");
		assertThat(json.readTree(unknown.body()).get("parameter").asString()).isEqualTo("tool");
		assertThat(json.readTree(unknown.body()).get("detail").asString()).contains("“kubernets”");

		Page salary = site.getJson("/api/roles?minSalary=-5");
		assertThat(salary.status()).isEqualTo(400);
		assertThat(json.readTree(salary.body()).get("parameter").asString()).isEqualTo("minSalary");
	}

	@Test
	void theFilteredRolesAreAvailableAsCsv() {
		List<String> lines = site.get("/api/roles.csv?tool=kubernetes&language=python").body().lines().toList();

		assertThat(lines).hasSize(1 + slugs("/api/roles?tool=kubernetes&language=python").size());
	}

	@Test
	void skillsAndToolsComeWithTheRolesThatUseThem() {
		JsonNode skills = json.readTree(site.getJson("/api/skills").body());
		assertThat(skills).hasSize(catalogue.skills().size());

		JsonNode kubernetes = json.readTree(site.getJson("/api/tools/kubernetes").body());
		assertThat(kubernetes.get("category").get("slug").asString()).isEqualTo("orchestration");
		assertThat(kubernetes.get("cost").get("model").asString()).isEqualTo("open_source");
		assertThat(kubernetes.get("roles").findValuesAsString("role")).contains("ml-engineer", "devops-engineer");
		assertThat(kubernetes.get("roleCount").asInt()).isEqualTo(kubernetes.get("roles").size());

		JsonNode mlops = json.readTree(site.getJson("/api/skills/mlops").body());
		assertThat(mlops.get("cost").isNull()).isTrue();
		assertThat(mlops.get("roles").findValuesAsString("importance")).contains("CORE");

		Page unknown = site.getJson("/api/tools/astrolabe");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.body()).contains("There is no tool called “astrolabe”");
	}

	private List<String> slugs(String path) {
		return json.readTree(site.getJson(path).body())
			.get("roles")
			.findValues("role")
			.stream()
			.map(role -> role.get("slug").asString())
			.toList();
	}

}
