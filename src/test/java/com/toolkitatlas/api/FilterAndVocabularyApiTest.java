package com.toolkitatlas.api;

import java.util.List;

import com.toolkitatlas.catalogue.Catalogue;
import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.filter.Facet;
import com.toolkitatlas.filter.FilterRequest;
import com.toolkitatlas.filter.RoleFilterService;
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

	@Autowired
	RoleFilterService filters;

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
	void everyOptionCountIsTheCountThePageShows() {
		JsonNode facets = json.readTree(site.getJson("/api/roles?tool=docker").body()).get("facets");

		List<Facet> expected = filters.search(new FilterRequest(null, List.of("docker"), null, null, null, null))
			.facets();
		List<String> counts = new java.util.ArrayList<>();
		expected.forEach(facet -> facet.groups()
			.forEach(group -> group.options()
				.forEach(option -> counts.add(facet.parameter() + "=" + option.slug() + " " + option.count()))));
		List<String> answered = new java.util.ArrayList<>();
		facets.forEach(option -> answered.add(option.get("parameter").asString() + "=" + option.get("slug").asString()
				+ " " + option.get("count").asInt()));
		assertThat(answered).isEqualTo(counts);
	}

	@Test
	void aSynonymFindsTheSameRolesAsTheFullNameAndSaysSo() {
		// The same roles; the full name also reads in use cases and hiring advice, which
		// can change their order.
		assertThat(slugs("/api/roles?q=k8s")).containsExactlyInAnyOrderElementsOf(slugs("/api/roles?q=kubernetes"))
			.isNotEmpty();
		JsonNode matched = json.readTree(site.getJson("/api/roles?q=k8s").body()).get("roles").get(0).get("matched");
		assertThat(matched.findValues("shortForms")).extracting(node -> node.get(0).asString()).contains("k8s");
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
