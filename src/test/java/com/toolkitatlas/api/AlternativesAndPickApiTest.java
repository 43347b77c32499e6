package com.toolkitatlas.api;

import com.toolkitatlas.catalogue.Catalogue;
import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.support.Site;
import com.toolkitatlas.support.WebTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

@WebTest
class AlternativesAndPickApiTest {

	@Autowired
	Site site;

	@Autowired
	JsonMapper json;

	@Autowired
	Catalogue catalogue;

	@Test
	void theMlEngineerAlternativesFollowTheSeedsEditorialOrderWithTheirReasons() {
		JsonNode body = json.readTree(site.getJson("/api/roles/ml-engineer/alternatives").body());

		assertThat(body.get("method").asString()).isEqualTo("EDITORIAL");
		assertThat(body.get("editorialSource").get("code").asString()).isEqualTo("S003");
		assertThat(body.get("alternatives").findValuesAsString("slug")).containsExactly("data-engineer",
				"data-scientist", "devops-engineer", "backend-engineer", "ai-engineer");
		JsonNode first = body.get("alternatives").get(0);
		assertThat(first.get("rank").asInt()).isEqualTo(1);
		assertThat(first.get("rankReason").asString()).isNotBlank();
		assertThat(first.get("shared").get("percent").asInt()).isBetween(1, 99);
		assertThat(first.get("chooseIf").asString()).startsWith("If you ").endsWith("consider Data Engineer.");
		assertThat(first.get("links").get("compare").asString()).isEqualTo("/compare/ml-engineer-vs-data-engineer");
		JsonNode backend = body.get("alternatives").get(3);
		assertThat(backend.get("pay").get("comparable").asBoolean()).isTrue();
		assertThat(body.get("alternatives").get(0).get("pay").get("comparable").asBoolean()).isFalse();
	}

	@Test
	void otherRolesAreRankedBySimilarityHighestFirst() {
		JsonNode body = json.readTree(site.getJson("/api/roles/data-scientist/alternatives").body());

		assertThat(body.get("method").asString()).isEqualTo("SIMILARITY");
		assertThat(body.get("editorialSource").isNull()).isTrue();
		assertThat(body.get("alternatives")).hasSize(catalogue.roles().size() - 1);
		assertThat(body.get("alternatives").findValues("percent")).extracting(JsonNode::asInt)
			.isSortedAccordingTo((a, b) -> Integer.compare(b, a));
		JsonNode first = body.get("alternatives").get(0);
		assertThat(first.get("rankReason").asString()).startsWith("Ranked 1st by similarity");
		Role scientist = catalogue.role("data-scientist").orElseThrow();
		Role closest = catalogue.role(first.get("slug").asString()).orElseThrow();
		assertThat(first.get("links").get("compare").asString())
			.isEqualTo(catalogue.pair(scientist, closest).orElseThrow().path());
	}

	@Test
	void pickSumsUpTheRankingInASentenceAndExplainsEachTool() {
		JsonNode body = json.readTree(site.getJson("/api/pick?interest=services&tool=docker").body());

		assertThat(body.get("summary").asString()).startsWith("Backend Engineer comes out on top");
		assertThat(body.get("ranking").get(0).get("raised").findValuesAsString("text"))
			.contains("you enjoy Docker: a core tool here");
	}

	@Test
	void pickRanksEveryRoleWithTheAnswersThatMovedIt() {
		JsonNode body = json
			.readTree(site.getJson("/api/pick?interest=automation&tool=kubernetes&lean=production").body());

		assertThat(body.get("ranking")).hasSize(catalogue.roles().size());
		JsonNode top = body.get("ranking").get(0);
		assertThat(top.get("slug").asString()).isEqualTo("devops-engineer");
		assertThat(top.get("raised").findValuesAsString("text")).anyMatch(text -> text.contains("Kubernetes"));
		assertThat(body.get("link").asString()).contains("interest=automation");
		assertThat(body.get("questions").findValuesAsString("slug")).containsExactly("interest", "strength", "tool",
				"lean");
	}

}
