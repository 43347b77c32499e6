package com.toolkitatlas.operations;

import java.util.List;
import java.util.Map;

import com.toolkitatlas.support.Page;
import com.toolkitatlas.support.Site;
import com.toolkitatlas.support.WebTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/** What operators and their tools may ask the running application, and nothing more. */
@WebTest
class ActuatorTest {

	@Autowired
	Site site;

	@Test
	void healthLivenessAndReadinessAreUp() {
		assertThat(site.getJson("/actuator/health").body()).contains("\"status\":\"UP\"", "liveness", "readiness");
		assertThat(site.getJson("/actuator/health/liveness").body()).isEqualTo("{\"status\":\"UP\"}");
		assertThat(site.getJson("/actuator/health/readiness").body()).isEqualTo("{\"status\":\"UP\"}");
	}

	@Test
	void healthShowsNoDetailsOfTheDatabaseOrTheDisk() {
		assertThat(site.getJson("/actuator/health").body()).doesNotContain("db", "diskSpace", "H2", "jdbc");
		assertThat(site.getJson("/actuator/health/db").status()).isEqualTo(404);
	}

	@Test
	void infoGivesTheVersionAndTheCommit() {
		Page info = site.getJson("/actuator/info");

		assertThat(info.status()).isEqualTo(200);
		assertThat(info.body()).contains("\"version\":\"1.0.0\"", "\"artifact\":\"toolkit-atlas\"");
		if (new ClassPathResource("git.properties").exists() && info.body().contains("\"git\"")) {
			assertThat(info.body()).containsPattern("\"commit\":\\{\"id\":\"[0-9a-f]{7,}\"");
		}
	}

	@Test
	void prometheusGetsTheApplicationsMetrics() {
		site.get("/");
		Page metrics = site.get("/actuator/prometheus", Map.of("Accept", "text/plain"));

		assertThat(metrics.status()).isEqualTo(200);
		assertThat(metrics.body()).contains("jvm_memory_used_bytes", "http_server_requests_seconds_count",
				"atlas_page_cache_requests_total{result=\"hit\"}", "atlas_page_cache_size_bytes");
	}

	@Test
	void everyOtherEndpointIsClosed() {
		for (String path : List.of("/actuator", "/actuator/env", "/actuator/beans", "/actuator/configprops",
				"/actuator/heapdump", "/actuator/threaddump", "/actuator/loggers", "/actuator/metrics",
				"/actuator/mappings", "/actuator/conditions", "/actuator/scheduledtasks", "/actuator/caches",
				"/actuator/flyway", "/actuator/shutdown", "/actuator/sbom", "/actuator/startup")) {
			Page page = site.get(path);
			assertThat(page.status()).as(path).isEqualTo(404);
			assertThat(page.h1()).as(path).isEqualTo("Not found");
			assertThat(site.send("POST", path, Map.of("Accept", "application/json")).status()).as("POST " + path)
				.isIn(404, 405);
		}
	}

}
