package com.toolkitatlas.api;

import java.util.List;

import com.toolkitatlas.support.Page;
import com.toolkitatlas.support.Site;
import com.toolkitatlas.support.WebTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

@WebTest
class CompareApiTest {

	@Autowired
	Site site;

	@Autowired
	JsonMapper json;

	@Test
	void aPairComesWithBothPayBandsItsTextsNotesAndOverlap() {
		JsonNode body = json.readTree(site.getJson("/api/compare?roles=backend-engineer,ml-engineer").body());

		assertThat(body.get("roles").values()).extracting(JsonNode::asString)
			.containsExactly("ml-engineer", "backend-engineer");
		assertThat(body.get("pay").get("headlines").findValues("lowUsd")).extracting(JsonNode::asInt)
			.containsExactly(160_000, 100_000);
		assertThat(body.get("glance").findValuesAsString("label")).contains("Best for", "Key skills", "Primary tools",
				"Common languages", "Common workflows", "Salary range (US)", "Common hiring companies",
				"Career progression");
		JsonNode pair = body.get("pair");
		assertThat(pair.get("difference").asString()).isNotBlank();
		assertThat(pair.get("texts").get("onboarding").get("ml-engineer").asString()).isNotBlank();
		assertThat(pair.get("texts").get("onboarding").get("backend-engineer").asString()).isNotBlank();
		assertThat(pair.get("notes").findValuesAsString("section")).contains("VERDICT", "WHEN_TO_HIRE");
		assertThat(pair.get("overlap").get("sharedTools").values()).extracting(JsonNode::asString)
			.contains("kubernetes", "docker");
		assertThat(body.get("similarity")).as("one pair").hasSize(1);
		assertThat(body.get("links").get("html").asString()).isEqualTo("/compare/ml-engineer-vs-backend-engineer");
	}

	@Test
	void severalRolesComeInDisplayOrderWithEveryPairsSimilarityAndAPayWarning() {
		JsonNode body = json.readTree(site.getJson("/api/compare?roles=ai-engineer,data-engineer,ml-engineer").body());

		assertThat(body.get("roles").values()).extracting(JsonNode::asString)
			.containsExactly("ml-engineer", "data-engineer", "ai-engineer");
		assertThat(body.get("similarity")).as("every two of the three roles").hasSize(3);
		assertThat(body.get("pay").get("warning").asString()).contains("not of the same kind");
		assertThat(body.get("pair").isNull()).isTrue();
	}

	@Test
	void aComparisonTableIsAvailableAsCsv() {
		Page page = site.get("/api/compare.csv?roles=ml-engineer,backend-engineer");

		assertThat(page.header("content-type")).startsWith("text/csv");
		List<String> lines = page.body().lines().toList();
		assertThat(lines.get(0)).isEqualTo("row,ml-engineer,backend-engineer");
		assertThat(lines).anyMatch(line -> line.startsWith("Common hiring companies,") && line.contains("OpenAI")
				&& line.contains("Stripe"));
	}

}
