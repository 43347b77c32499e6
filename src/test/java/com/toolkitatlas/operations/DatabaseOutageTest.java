package com.toolkitatlas.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import com.toolkitatlas.support.AtlasPostgres;
import com.toolkitatlas.support.Page;
import com.toolkitatlas.support.Site;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The running site while its database stops answering, on a real PostgreSQL reached
 * through a link the test breaks: pages are still served at once, health answers at once
 * whatever the database does, liveness and readiness stay up, the outage is logged in one
 * line when it starts and one when it ends, and no stack trace.
 */
@Tag("application")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "atlas.database.check-interval=1s")
@ActiveProfiles("postgres")
@Import({ Site.class, DatabaseOutageTest.Server.class })
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
class DatabaseOutageTest {

	private static final EmbeddedPostgres POSTGRES = AtlasPostgres.start();

	private static final FaultyLink LINK = link();

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		AtlasPostgres.connect(registry, "127.0.0.1", LINK.port());
	}

	@Autowired
	Site site;

	@Test
	void theSiteAndItsHealthAnswerAtOnceWhileTheDatabaseDoesNot(CapturedOutput output) throws Exception {
		assertThat(site.getJson("/actuator/health").body()).contains("\"status\":\"UP\"");
		site.get("/");
		site.get("/tools/kubernetes");

		LINK.set(FaultyLink.Mode.BLACK_HOLE);
		ExecutorService callers = Executors.newFixedThreadPool(24);
		try {
			List<Future<Duration>> health = new ArrayList<>();
			for (int i = 0; i < 24; i++) {
				health.add(callers.submit(() -> timed(() -> site.getJson("/actuator/health"))));
			}
			for (String page : List.of("/", "/tools/kubernetes", "/actuator/health/liveness",
					"/actuator/health/readiness")) {
				assertThat(timed(() -> site.get(page))).as(page).isLessThan(Duration.ofSeconds(1));
			}
			for (Future<Duration> answer : health) {
				assertThat(answer.get(30, TimeUnit.SECONDS)).as("health").isLessThan(Duration.ofSeconds(2));
			}
		}
		finally {
			callers.shutdownNow();
		}

		Page down = await(() -> site.getJson("/actuator/health"), page -> page.status() == 503);
		assertThat(down.body()).contains("\"status\":\"DOWN\"").doesNotContain("database");
		assertThat(site.getJson("/actuator/health/liveness").body()).isEqualTo("{\"status\":\"UP\"}");
		assertThat(site.getJson("/actuator/health/readiness").body()).isEqualTo("{\"status\":\"UP\"}");
		assertThat(site.get("/roles/ml-engineer").status()).as("a page not yet rendered").isEqualTo(200);

		LINK.set(FaultyLink.Mode.REFUSE);
		Thread.sleep(3_000);
		LINK.set(FaultyLink.Mode.FORWARD);
		await(() -> site.getJson("/actuator/health"), page -> page.status() == 200);

		assertThat(output.getAll().lines().filter(line -> line.contains("does not answer"))).singleElement()
			.asString()
			.contains("Pages are still served from memory");
		assertThat(output.getAll().lines().filter(line -> line.contains("answers again"))).hasSize(1);
		assertThat(output.getAll().lines().filter(line -> line.contains(" WARN ") && line.contains("Hikari")))
			.isEmpty();
		assertThat(output.getAll()).doesNotContain("\tat ", "Caused by");
	}

	private static Duration timed(Supplier<Page> request) {
		long started = System.nanoTime();
		Page page = request.get();
		assertThat(page.status()).as(page.path()).isIn(200, 503);
		return Duration.ofNanos(System.nanoTime() - started);
	}

	private static Page await(Supplier<Page> request, java.util.function.Predicate<Page> condition)
			throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(40);
		Page page = request.get();
		while (!condition.test(page) && System.nanoTime() < deadline) {
			Thread.sleep(250);
			page = request.get();
		}
		assertThat(condition.test(page)).as("%s: %s", page.path(), page.body()).isTrue();
		return page;
	}

	private static FaultyLink link() {
		try {
			return new FaultyLink(POSTGRES.getPort());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Closes the link and stops the server with the application context. */
	@TestConfiguration(proxyBeanMethods = false)
	static class Server {

		@Bean(destroyMethod = "close")
		EmbeddedPostgres embeddedPostgres() {
			return POSTGRES;
		}

		@Bean(destroyMethod = "close")
		FaultyLink faultyLink() {
			return LINK;
		}

	}

}
