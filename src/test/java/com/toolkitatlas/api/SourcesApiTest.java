package com.toolkitatlas.api;

import com.toolkitatlas.catalogue.Catalogue;
import com.toolkitatlas.support.Site;
import com.toolkitatlas.support.WebTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

@WebTest
class SourcesApiTest {

	@Autowired
	Site site;

	@Autowired
	JsonMapper json;

	@Autowired
	Catalogue catalogue;

	@Test
	void listsEverySourceWithAddressDateAndConfidenceAndTheToolCostEvidence() {
		JsonNode body = json.readTree(site.getJson("/api/sources").body());

		assertThat(body.get("sources")).hasSize(catalogue.sources().size());
		JsonNode bls = body.get("sources")
			.findParents("code")
			.stream()
			.filter(source -> source.get("code").asString().equals("W4"))
			.findFirst()
			.orElseThrow();
		assertThat(bls.get("url").asString()).startsWith("https://");
		assertThat(bls.get("published").asString()).contains("May 2024");
		assertThat(bls.get("confidence").asString()).as("an official figure read from a third-party copy")
			.isEqualTo("B");
		assertThat(body.get("sources")
			.findParents("code")
			.stream()
			.filter(source -> source.get("code").asString().equals("W2"))
			.findFirst()
			.orElseThrow()
			.get("confidence")
			.asString()).as("read on the BLS's own page").isEqualTo("A");
		assertThat(body.get("toolCosts").findValuesAsString("slug")).contains("kubernetes", "terraform", "docker");
	}

}
