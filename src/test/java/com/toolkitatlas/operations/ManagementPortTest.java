package com.toolkitatlas.operations;

import java.util.List;
import java.util.Map;

import com.toolkitatlas.support.Page;
import com.toolkitatlas.support.RawHttp;
import com.toolkitatlas.support.Site;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production setting: the actuator on a port of its own, which the load balancer does
 * not expose. Then no address on the site's port reaches it, however it is spelled.
 */
@Tag("application")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "management.server.port=0")
@Import(Site.class)
class ManagementPortTest {

	@Autowired
	Site site;

	@Value("${local.management.port}")
	int managementPort;

	@Test
	void noAddressOnTheSitesPortReachesTheActuator() {
		for (String path : List.of("/actuator/health", "/actuator/prometheus", "/actuator;x=1/health",
				"/%61ctuator/prometheus", "/actuator/health/liveness")) {
			Page page = RawHttp.get(site.port(), path, "Accept: text/html\r\n");
			assertThat(page.status()).as(path).isEqualTo(404);
			assertThat(page.body()).as(path).doesNotContain("UP", "jvm_");
		}
	}

	@Test
	void theManagementPortAnswersTheProbesAndTheMetrics() {
		assertThat(management("/actuator/health/liveness").body()).isEqualTo("{\"status\":\"UP\"}");
		assertThat(management("/actuator/health/readiness").body()).isEqualTo("{\"status\":\"UP\"}");
		site.get("/");
		Page metrics = management("/actuator/prometheus");
		assertThat(metrics.status()).isEqualTo(200);
		assertThat(metrics.body()).contains("atlas_page_cache_requests_total", "jvm_memory_used_bytes");
		assertThat(management("/").status()).as("no page on the management port").isEqualTo(404);
	}

	private Page management(String path) {
		return RawHttp.get(managementPort, path, "Accept: */*\r\n");
	}

}
