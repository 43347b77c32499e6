package com.toolkitatlas.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import com.toolkitatlas.support.Page;
import com.toolkitatlas.support.PageType;
import com.toolkitatlas.support.RawHttp;
import com.toolkitatlas.support.Site;
import com.toolkitatlas.support.WebTest;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every response tells browsers and proxies: security policy, caching, compression.
 */
@WebTest
class HttpHeadersTest {

	/**
	 * Addresses that answer 404 besides the page types': nothing mapped there, and the
	 * error path itself.
	 */
	private static final List<String> ERRORS = List.of("/no/such/page", "/error", "/roles/astronaut");

	@Autowired
	Site site;

	@Test
	void everyKindOfResponseCarriesTheSecurityHeaders() {
		List<Page> responses = new ArrayList<>();
		Stream.of(PageType.values()).forEach(type -> responses.add(site.get(type.path())));
		ERRORS.forEach(path -> responses.add(site.get(path)));
		responses.add(site.getJson("/roles/astronaut"));
		responses.add(site.get(stylesheet()));
		responses.add(site.get("/actuator/health"));
		responses.add(site.send("POST", "/roles", Map.of()));
		responses.add(RawHttp.get(site.port(), "/roles/%2F", ""));
		responses.add(RawHttp.get(site.port(), "/roles/%zz", "Accept: application/json\r\n"));
		responses.add(RawHttp.send(site.port(), "TRACE", "/".getBytes(StandardCharsets.UTF_8), ""));

		for (Page response : responses) {
			String csp = response.header("Content-Security-Policy");
			assertThat(csp).as(response.path())
				.contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
				.doesNotContain("unsafe-inline", "unsafe-eval", "*");
			assertThat(response.header("X-Content-Type-Options")).as(response.path()).isEqualTo("nosniff");
			assertThat(response.header("Referrer-Policy")).as(response.path())
				.isEqualTo("strict-origin-when-cross-origin");
			assertThat(response.header("Permissions-Policy")).as(response.path())
				.contains("camera=()", "geolocation=()");
			assertThat(response.header("X-Frame-Options")).as(response.path()).isEqualTo("DENY");
			assertThat(response.header("Server")).as("%s discloses no server", response.path()).isNull();
			assertThat(response.header("X-Powered-By")).as(response.path()).isNull();
			assertThat(response.header("Set-Cookie")).as("%s keeps no session", response.path()).isNull();
		}
	}

	@Test
	void noPageHasInlineScriptsStylesOrEventAttributesSoThePolicyNeedsNoExceptions() {
		for (PageType type : PageType.values()) {
			Page page = site.get(type.path());
			assertThat(page.document().select("script:not([src]):not([type=application/ld+json])"))
				.as("%s: inline script (JSON-LD is data, never run)", type)
				.isEmpty();
			assertThat(page.document().select("style, [style]")).as("%s: inline style", type).isEmpty();
			for (Element element : page.document().getAllElements()) {
				for (Attribute attribute : element.attributes()) {
					assertThat(attribute.getKey()).as("%s: event attribute on <%s>", type, element.tagName())
						.doesNotStartWith("on");
					assertThat(attribute.getValue()).as("%s: script URL", type)
						.doesNotStartWithIgnoringCase("javascript:");
				}
			}
			List<String> loaded = new ArrayList<>(page.document().select("[src]").eachAttr("abs:src"));
			loaded.addAll(page.document().select("link[href]:not([rel=canonical])").eachAttr("abs:href"));
			assertThat(loaded).as("%s: nothing loaded from elsewhere", type)
				.allMatch(url -> url.startsWith(site.base()));
		}
	}

	@Test
	void everyPageHasAnEtagAndAnswersAMatchingIfNoneMatchWith304() {
		for (PageType type : pages()) {
			Page page = site.get(type.path());
			String etag = page.header("ETag");
			assertThat(etag).as(type.name()).matches("W/\"[0-9a-f]+-[0-9a-f]{16}\"");
			assertThat(page.header("Cache-Control")).as(type.name()).isEqualTo("public, max-age=300");
			assertThat(page.header("Vary")).as(type.name()).startsWith("Accept-Encoding");

			Page again = site.get(type.path(), Map.of("If-None-Match", etag));
			assertThat(again.status()).as(type.name()).isEqualTo(304);
			assertThat(again.body()).isEmpty();
			assertThat(again.header("ETag")).isEqualTo(etag);
			assertThat(again.header("Content-Security-Policy")).isNotNull();

			Page changed = site.get(type.path(), Map.of("If-None-Match", "W/\"0123456789abcdef0123456789abcdef\""));
			assertThat(changed.status()).as(type.name()).isEqualTo(200);
			assertThat(changed.body()).isEqualTo(page.body());
		}
	}

	@Test
	void aHeadRequestDescribesThePageWithoutItsBody() {
		Page get = site.get("/roles/ml-engineer");
		Page head = site.send("HEAD", "/roles/ml-engineer", Map.of());

		assertThat(head.status()).isEqualTo(200);
		assertThat(head.body()).isEmpty();
		assertThat(head.header("ETag")).isEqualTo(get.header("ETag"));
		assertThat(head.header("Content-Length"))
			.isEqualTo(String.valueOf(get.body().getBytes(StandardCharsets.UTF_8).length));
	}

	@Test
	void errorsAreNeverCachedNorGivenAnEtag() {
		List<String> errors = new ArrayList<>(ERRORS);
		Stream.of(PageType.values()).filter(type -> type.status() == 404).forEach(type -> errors.add(type.path()));
		for (String path : errors) {
			for (int i = 0; i < 2; i++) {
				Page page = site.get(path, Map.of("If-None-Match", "*"));
				assertThat(page.status()).as(path).isEqualTo(404);
				assertThat(page.header("Cache-Control")).as(path).isEqualTo("no-store");
				assertThat(page.header("ETag")).as(path).isNull();
				assertThat(page.h1()).as(path).isEqualTo("Not found");
			}
		}
	}

	@Test
	void pagesAreSentCompressedToClientsThatAcceptGzip() throws Exception {
		for (PageType type : pages()) {
			HttpResponse<byte[]> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(site.base() + type.path()))
					.header("Accept-Encoding", "gzip")
					.build(), HttpResponse.BodyHandlers.ofByteArray());

			assertThat(response.headers().firstValue("Content-Encoding")).as(type.name()).hasValue("gzip");
			assertThat(gunzip(response.body())).as(type.name()).isEqualTo(site.get(type.path()).body());
		}
		Page refused = site.get("/", Map.of("Accept-Encoding", "gzip;q=0, identity"));
		assertThat(refused.header("Content-Encoding")).isNull();
		assertThat(refused.h1()).isNotBlank();
	}

	@Test
	void versionedAssetsAreKeptForAYearAndOtherAssetsRevalidated() {
		Page versioned = site.get(stylesheet());
		assertThat(versioned.status()).isEqualTo(200);
		assertThat(versioned.header("Cache-Control")).isEqualTo("public, max-age=31536000, immutable");

		Page plain = site.get("/assets/site.css");
		assertThat(plain.status()).isEqualTo(200);
		assertThat(plain.header("Cache-Control")).isEqualTo("no-cache");
	}

	@Test
	void actuatorAnswersAreNeverCached() {
		Page health = site.get("/actuator/health/readiness");
		assertThat(health.header("Cache-Control")).isEqualTo("no-store");
		assertThat(health.header("ETag")).isNull();
	}

	@Test
	void traceIsRefused() {
		Page trace = RawHttp.send(site.port(), "TRACE", "/roles".getBytes(StandardCharsets.UTF_8),
				"X-Secret: should-not-echo\r\n");

		assertThat(trace.status()).isEqualTo(405);
		assertThat(trace.body()).doesNotContain("should-not-echo", "X-Secret");
	}

	private static List<PageType> pages() {
		return Stream.of(PageType.values()).filter(type -> type.status() == 200).toList();
	}

	/** The stylesheet as the layout links it, with its content hash. */
	private String stylesheet() {
		return site.get("/").document().selectFirst("link[rel=stylesheet]").attr("href");
	}

	private static String gunzip(byte[] body) throws IOException {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
