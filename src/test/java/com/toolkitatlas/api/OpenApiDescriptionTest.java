package com.toolkitatlas.api;

import java.util.Set;
import java.util.TreeSet;

import com.toolkitatlas.support.Page;
import com.toolkitatlas.support.Site;
import com.toolkitatlas.support.WebTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI description lists exactly the API the application serves, and the reference
 * page shows it.
 */
@WebTest
class OpenApiDescriptionTest {

	@Autowired
	Site site;

	@Autowired
	JsonMapper json;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void describesEveryApiEndpointTheApplicationServes() {
		Set<String> served = new TreeSet<>();
		mappings.getHandlerMethods()
			.keySet()
			.forEach(info -> info.getPatternValues()
				.stream()
				.filter(pattern -> pattern.startsWith("/api/"))
				.forEach(served::add));
		JsonNode description = json.readTree(site.getJson("/v3/api-docs").body());
		Set<String> described = new TreeSet<>(description.get("paths").propertyNames());

		assertThat(served).contains("/api/roles", "/api/roles/{slug}", "/api/roles.csv", "/api/sources");
		assertThat(described).isEqualTo(served);
		assertThat(description.get("openapi").asString()).startsWith("3.");
		assertThat(description.get("info").get("title").asString()).isEqualTo("Toolkit Atlas API");
	}

	@Test
	void theReferencePageListsEveryEndpointWithWhatItReturns() {
		Page page = site.get("/api");
		JsonNode description = json.readTree(site.getJson("/v3/api-docs").body());

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.h1()).isEqualTo("JSON API");
		for (String path : description.get("paths").propertyNames()) {
			assertThat(page.document().select("h3 code").eachText()).contains("GET " + path);
		}
		assertThat(page.text()).contains("application/problem+json", "One role in full");
		assertThat(page.links()).contains("/v3/api-docs", "/api/roles");
	}

}
