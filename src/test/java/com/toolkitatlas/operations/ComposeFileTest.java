package com.toolkitatlas.operations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code compose.yaml}, the production-like run on one machine (no Docker engine here to
 * run it): the application waits for a healthy database, is configured only with settings
 * it reads, and publishes the ports those settings make it listen on.
 */
class ComposeFileTest {

	private final JsonNode compose = read();

	@Test
	void theSiteWaitsForAHealthyDatabaseAndUsesIt() {
		JsonNode database = compose.path("services").path("database");
		JsonNode site = compose.path("services").path("site");

		assertThat(database.path("healthcheck").path("test").toString()).contains("pg_isready");
		assertThat(site.path("depends_on").path("database").path("condition").asString()).isEqualTo("service_healthy");
		assertThat(site.path("environment").path("SPRING_DATASOURCE_URL").asString()).isEqualTo(
				"jdbc:postgresql://database:5432/" + database.path("environment").path("POSTGRES_DB").asString());
		assertThat(site.path("environment").path("SPRING_DATASOURCE_USERNAME").asString())
			.isEqualTo(database.path("environment").path("POSTGRES_USER").asString());
		assertThat(site.path("environment").path("SPRING_DATASOURCE_PASSWORD").asString())
			.isEqualTo(database.path("environment").path("POSTGRES_PASSWORD").asString());
	}

	@Test
	void theSiteIsConfiguredOnlyWithSettingsItReadsAndPublishesItsPorts() throws IOException {
		JsonNode site = compose.path("services").path("site");
		Set<String> known = KubernetesManifestsTest.knownProperties();
		List<String> names = new ArrayList<>(site.path("environment").propertyNames());
		for (String name : names) {
			assertThat(known).as(name).contains(KubernetesManifestsTest.relaxed(name));
		}
		List<String> published = new ArrayList<>();
		site.path("ports").forEach(port -> published.add(port.asString().replaceAll(".*:", "")));
		String management = site.path("environment").path("MANAGEMENT_SERVER_PORT").asString();
		assertThat(published).containsExactlyInAnyOrder("8080", management);
		assertThat(site.path("ports").toString()).contains("127.0.0.1:" + management + ":" + management);
		assertThat(site.path("read_only").asBoolean()).isTrue();
		assertThat(site.path("tmpfs").toString()).contains("/tmp");
	}

	private static JsonNode read() {
		try {
			return YAMLMapper.builder().build().readTree(Files.readString(Path.of("compose.yaml")));
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

}
