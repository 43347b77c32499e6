package com.toolkitatlas.web;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.toolkitatlas.filter.FilterRequest;
import com.toolkitatlas.support.Page;
import com.toolkitatlas.support.PageType;
import com.toolkitatlas.support.RawHttp;
import com.toolkitatlas.support.Site;
import com.toolkitatlas.support.WebTest;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the page cache keys on, and what it therefore cannot be tricked into: parameters
 * no page reads, their order, htmx's headers, the {@code Host} header, who asked first,
 * and addresses that spell the actuator differently.
 */
@WebTest
class PageCacheKeyTest {

	private static final String HTML = "text/html,application/xhtml+xml,*/*;q=0.8";

	@Autowired
	Site site;

	@Autowired
	PageCache cache;

	@Autowired
	MeterRegistry meters;

	@Autowired
	PageAddresses addresses;

	@Value("${atlas.public-url}")
	String publicUrl;

	@Test
	void theCacheKnowsEachPagesParametersFromItsHandler() {
		List<String> filter = Arrays.stream(FilterRequest.class.getRecordComponents())
			.map(RecordComponent::getName)
			.sorted()
			.toList();
		for (String path : List.of("/roles", "/api/roles", "/api/roles.csv")) {
			assertThat(addresses.parametersOf(path, path).names()).as(path).isEqualTo(filter);
		}
		for (String path : List.of("/compare", "/api/compare", "/api/compare.csv")) {
			assertThat(addresses.parametersOf(path, path).names()).as(path).containsExactly("roles");
		}
		for (String path : List.of("/", "/tools/kubernetes", "/roles/ml-engineer", "/compare/a-vs-b", "/api")) {
			PageAddresses.Parameters parameters = addresses.parametersOf(path, path);
			assertThat(parameters.any()).as(path).isFalse();
			assertThat(parameters.names()).as(path).isEmpty();
		}
	}

	@Test
	void parametersNoPageReadsChangeNothingAndFillNothing() {
		Page page = site.get("/tools/kubernetes");
		site.get("/tools/kubernetes?warm=1");
		cache.cleanUp();
		long entries = cache.entries();

		for (int i = 0; i < 200; i++) {
			Page busting = site.get("/tools/kubernetes?x=" + i + "&utm_source=" + i);
			assertThat(busting.status()).isEqualTo(200);
			assertThat(busting.header("ETag")).isEqualTo(page.header("ETag"));
		}
		cache.cleanUp();

		assertThat(cache.entries()).as("no new entry for unknown parameters").isEqualTo(entries);
	}

	@Test
	void theOrderOfParametersAndParametersNoPageReadsMakeOnePage() {
		Page page = site.get("/roles?tool=kubernetes&skill=ci-cd");
		cache.cleanUp();
		long entries = cache.entries();

		for (String address : List.of("/roles?skill=ci-cd&tool=kubernetes", "/roles?tool=kubernetes&x=1&skill=ci-cd",
				"/roles?utm_campaign=a&skill=ci-cd&tool=kubernetes")) {
			assertThat(site.get(address).header("ETag")).as(address).isEqualTo(page.header("ETag"));
		}
		cache.cleanUp();

		assertThat(cache.entries()).isEqualTo(entries);
	}

	@Test
	void anAddressSpelledAsTheSiteLinksItAndEncodedOtherwiseShareOneEntry() {
		Page page = site.get("/roles?tool=docker&skill=ci-cd&language=python");
		cache.cleanUp();
		long entries = cache.entries();

		for (String address : List.of("/roles?language=python&skill=ci-cd&tool=docker",
				"/roles?%73kill=ci-cd&tool=docker&language=python", "/roles?skill=ci%2Dcd&tool=docker&language=python",
				"/roles?tool=docker&utm_source=a+b&skill=ci-cd&language=python&x=%41")) {
			Page same = site.get(address);
			assertThat(same.status()).as(address).isEqualTo(200);
			assertThat(same.header("ETag")).as(address).isEqualTo(page.header("ETag"));
		}
		cache.cleanUp();

		assertThat(cache.entries()).isEqualTo(entries);
	}

	@Test
	void aParameterIsKeyedAsThePageReadsItHoweverItIsEncoded() {
		Page filtered = site.get("/roles?skill=ci-cd");
		Page all = site.get("/roles");

		Page encoded = site.get("/roles?%73kill=ci-cd");

		assertThat(encoded.header("ETag")).isEqualTo(filtered.header("ETag")).isNotEqualTo(all.header("ETag"));
		assertThat(site.get("/roles?Skill=ci-cd").header("ETag")).as("parameter names are case-sensitive")
			.isEqualTo(all.header("ETag"));
	}

	/**
	 * The cache does not key on {@code Accept}: only errors depend on it (HTML or problem
	 * details), and errors are never kept. So a page must be the same whatever the first
	 * client to ask for it accepted.
	 */
	@Test
	void aPageIsTheSameWhateverItsFirstClientAccepted() {
		for (PageType type : PageType.values()) {
			if (type.status() != 200) {
				continue;
			}
			cache.clear();
			Page json = site.getJson(type.path());
			cache.clear();
			Page html = site.get(type.path());
			assertThat(json.status()).as(type.name()).isEqualTo(html.status());
			assertThat(json.header("ETag")).as(type.name()).isEqualTo(html.header("ETag"));
		}
	}

	@Test
	void htmxGetsAFragmentOnlyWhenItAsksForOneWhateverWasAskedBefore() {
		String address = "/roles?tool=kubernetes&language=go";
		Page restore = site.get(address,
				Map.of("Accept", HTML, "HX-Request", "true", "HX-History-Restore-Request", "true"));
		Page update = site.get(address, Map.of("Accept", HTML, "HX-Request", "true"));
		Page restoredAgain = site.get(address,
				Map.of("Accept", HTML, "HX-Request", "true", "HX-History-Restore-Request", "true"));
		Page boosted = site.get(address, Map.of("Accept", HTML, "HX-Request", "true", "HX-Boosted", "true"));
		Page updateAgain = site.get(address, Map.of("Accept", HTML, "HX-Request", "true"));
		Page plain = site.get(address);

		for (Page whole : List.of(restore, restoredAgain, boosted, plain)) {
			assertThat(whole.document().select("html > body > header, h1")).as("the whole page").isNotEmpty();
		}
		for (Page fragment : List.of(update, updateAgain)) {
			assertThat(fragment.body()).as("a fragment").doesNotContain("<html", "<h1");
			assertThat(fragment.body()).isNotEqualTo(plain.body());
		}
		assertThat(plain.header("Vary")).isEqualTo("Accept-Encoding, " + Htmx.VARY);
		assertThat(update.header("Vary")).isEqualTo("Accept-Encoding, " + Htmx.VARY);
	}

	@Test
	void pagesThatDoNotAnswerFragmentsDoNotVaryByHtmx() {
		Page tool = site.get("/tools/kubernetes");
		Page asked = site.get("/tools/kubernetes", Map.of("Accept", HTML, "HX-Request", "true"));

		assertThat(tool.header("Vary")).isEqualTo("Accept-Encoding");
		assertThat(asked.body()).isEqualTo(tool.body());
	}

	@Test
	void theApiDescriptionNamesTheConfiguredAddressWhateverTheRequestSays() throws IOException {
		String expected = "\"servers\":[{\"url\":\"" + publicUrl + "\"";
		Page forwarded = site.get("/v3/api-docs", Map.of("Accept", "application/json", "X-Forwarded-Host",
				"attacker.example", "X-Forwarded-Proto", "https", "Forwarded", "host=attacker.example"));
		assertThat(forwarded.status()).isEqualTo(200);
		assertThat(forwarded.body()).contains(expected).doesNotContain("attacker.example");

		for (String path : List.of("/v3/api-docs", "/v3/api-docs?fresh=1")) {
			String answer = withHost(path, "attacker.example");
			assertThat(answer).startsWith("HTTP/1.1 200").contains(expected).doesNotContain("attacker.example");
		}
	}

	@Test
	void everyApiAnswerMayBeReadFromAnyOriginWhoeverAskedFirst() {
		for (String path : List.of("/api/tools/docker", "/api/sources", "/api/roles/astronaut", "/v3/api-docs")) {
			Page first = site.getJson(path);
			Page withOrigin = site.get(path,
					Map.of("Accept", "application/json", "Origin", "https://elsewhere.example"));
			Page again = site.getJson(path);

			for (Page answer : List.of(first, withOrigin, again)) {
				assertThat(answer.header("Access-Control-Allow-Origin")).as(path).isEqualTo("*");
				assertThat(answer.header("Vary")).as(path).doesNotContainIgnoringCase("Origin");
			}
		}
	}

	@Test
	void theActuatorSpelledAnotherWayIsStillTheActuatorNeverACachedPage() {
		cache.cleanUp();
		long entries = cache.entries();
		for (String address : List.of("/actuator;x=1/health", "/%61ctuator/health", "/actuator/./health",
				"/%61ctuator/prometheus", "/actuator;a=b/prometheus")) {
			for (int i = 0; i < 2; i++) {
				Page answer = RawHttp.get(site.port(), address, "Accept: */*\r\n");
				assertThat(answer.header("Cache-Control")).as(address).isEqualTo("no-store");
				assertThat(answer.header("ETag")).as(address).isNull();
			}
		}
		cache.cleanUp();
		assertThat(cache.entries()).isEqualTo(entries);
	}

	@Test
	void aPageManyRequestsMissAtOnceIsRenderedOnce() throws Exception {
		String query = "q=render-once-" + System.nanoTime();
		long before = renders("/roles");
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService clients = Executors.newFixedThreadPool(12);
		try {
			List<Future<Page>> answers = new ArrayList<>();
			for (int i = 0; i < 12; i++) {
				answers.add(clients.submit(() -> {
					start.await();
					return site.get("/roles?" + query);
				}));
			}
			start.countDown();
			List<String> etags = new ArrayList<>();
			for (Future<Page> answer : answers) {
				Page page = answer.get(60, TimeUnit.SECONDS);
				assertThat(page.status()).isEqualTo(200);
				etags.add(page.header("ETag"));
			}
			assertThat(etags).containsOnly(etags.get(0));
		}
		finally {
			clients.shutdownNow();
		}
		Thread.sleep(200);

		assertThat(renders("/roles") - before).as("renderings").isEqualTo(1);
	}

	/** The whole answer to a GET sent with this Host header, as text. */
	private String withHost(String path, String host) throws IOException {
		try (Socket socket = new Socket("localhost", site.port())) {
			socket.setSoTimeout(20_000);
			socket.getOutputStream()
				.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
					.getBytes(StandardCharsets.ISO_8859_1));
			return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	/** Requests for this handler that went through Spring MVC, not the page cache. */
	private long renders(String uri) {
		return meters.find("http.server.requests").tag("uri", uri).timers().stream().mapToLong(Timer::count).sum();
	}

}
