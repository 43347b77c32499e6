package com.toolkitatlas.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import com.toolkitatlas.support.Page;
import com.toolkitatlas.support.PageType;
import com.toolkitatlas.support.RawHttp;
import com.toolkitatlas.support.Site;
import com.toolkitatlas.support.WebTest;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests written to break things: markup, script, template expressions and SQL in every
 * path segment and every parameter of every page type, path traversal, invalid UTF-8 and
 * percent-encoding, very long and repeated values, odd methods and Accept headers.
 * Whatever comes in, the answer is never a 5xx, never shows an exception, never echoes
 * input unescaped, always carries the security headers, and the site keeps answering.
 */
@WebTest
class HostileRequestTest {

	private static final List<String> PAYLOADS = List.of("<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>",
			"'><svg onload=alert(1)>", "javascript:alert(1)", "' OR '1'='1", "1; DROP TABLE role; --",
			"0 UNION SELECT slug, name FROM role", "${7*7}", "[[${7*7}]]",
			"__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x", "*{7*7}#{7*7}", "../../../../etc/passwd",
			"..\\..\\WEB-INF\\web.xml", "\u0000\r\nSet-Cookie: stolen=1", "x".repeat(3000), "𝕏 ünïcödé ✓ ‮");

	/**
	 * The parameters of the site's URL scheme, tried on every page type whether it reads
	 * them or not.
	 */
	private static final List<String> PARAMETERS = List.of("skill", "tool", "language", "minSalary", "q", "roles");

	private static final List<String> ACCEPTS = List.of("text/html,application/xhtml+xml,*/*;q=0.8",
			"application/json");

	/** What a stack trace, a framework's error page or a leaked internal looks like. */
	private static final List<String> LEAKS = List.of("Exception", "\tat ", "org.springframework", "org.apache",
			"org.hibernate", "org.h2", "Whitelabel", "Tomcat", "HTTP Status", "root:x:0", "spring.datasource");

	/**
	 * Bodies whose text and markup were already checked: most hostile addresses come down
	 * to a page already answered (a parameter no page reads, the same 404), and the same
	 * bytes need parsing only once. What depends on the payload is still checked on every
	 * answer.
	 */
	private static final Set<String> BODIES_FOUND_HARMLESS = ConcurrentHashMap.newKeySet();

	@Autowired
	Site site;

	private static Site lastSite;

	@Test
	void markupScriptTemplatesAndSqlInEveryPathSegmentAndParameterAreHarmless() {
		List<Runnable> requests = new ArrayList<>();
		for (String path : paths()) {
			for (String payload : PAYLOADS) {
				for (String target : targets(path, payload)) {
					for (String accept : ACCEPTS) {
						requests.add(() -> assertHarmless(site.get(target, Map.of("Accept", accept)), payload));
					}
					if (payload.contains("<")) {
						requests.add(() -> assertHarmless(
								site.get(target, Map.of("Accept", ACCEPTS.get(0), "HX-Request", "true")), payload));
					}
				}
			}
		}
		inParallel(requests);
		lastSite = site;
	}

	@Test
	void pathTraversalNeverReachesAFile() {
		for (String target : List.of("/../../etc/passwd", "/assets/../application.yaml",
				"/assets/../../application.yaml", "/assets/%2e%2e/application.yaml", "/assets/%2e%2e/%2e%2e/etc/passwd",
				"/assets/..%2fapplication.yaml", "/assets/..%5capplication.yaml", "/assets/%252e%252e/application.yaml",
				"/assets/....//application.yaml", "/webjars/../META-INF/MANIFEST.MF", "/assets/;/../application.yaml",
				"/roles/..;/..;/etc/passwd", "/WEB-INF/web.xml", "/META-INF/MANIFEST.MF", "/application.yaml",
				"/db/migration/V1__catalogue_schema.sql", "//etc/passwd", "/assets/file:/etc/passwd",
				"/assets/%00../application.yaml", "/roles/%2e%2e%2f%2e%2e%2fetc%2fpasswd")) {
			for (String accept : ACCEPTS) {
				Page page = RawHttp.get(site.port(), target, "Accept: " + accept + "\r\n");
				assertSafe(page);
				assertThat(page.status()).as(target).isIn(400, 404);
				assertThat(page.body()).as(target).doesNotContain("jdbc:", "CREATE TABLE", "Manifest-Version");
			}
		}
	}

	@Test
	void invalidEncodingsAreRefusedWithTheSitesOwnPage() {
		List<byte[]> targets = new ArrayList<>();
		for (String target : List.of("/roles/%2F", "/roles/a%2Fb", "/roles/a%5Cb", "/roles/%", "/roles/%zz",
				"/roles/%E2%82", "/roles/%C0%AF", "/roles/%FF%FE", "/roles/%ED%A0%80", "/%00",
				"/roles/%0d%0aSet-Cookie:%20x=1")) {
			targets.add(target.getBytes(StandardCharsets.US_ASCII));
		}
		targets.add(new byte[] { '/', 'r', 'o', 'l', 'e', 's', '/', (byte) 0xC0, (byte) 0xAF });
		targets.add(new byte[] { '/', (byte) 0xFF, (byte) 0xFE });
		targets.add(new byte[] { '/', 'r', 'o', 'l', 'e', 's', '?', 'q', '=', (byte) 0xFF });

		for (byte[] target : targets) {
			for (String accept : ACCEPTS) {
				Page page = RawHttp.send(site.port(), "GET", target, "Accept: " + accept + "\r\n");
				assertSafe(page);
				assertThat(page.status()).as(page.path()).isIn(200, 400, 404);
				assertThat(page.header("Set-Cookie")).as(page.path()).isNull();
				if (page.status() == 400 && page.header("Content-Type").startsWith("text/html")) {
					assertThat(page.h1()).as(page.path()).isEqualTo("Bad request");
					assertThat(page.text()).as(page.path()).contains("could not be understood");
					assertThat(page.links()).as(page.path()).contains("/");
				}
				else if (page.status() == 400) {
					// Only when Tomcat got as far as reading the Accept header (not for a
					// broken request line).
					assertThat(page.header("Content-Type")).startsWith("application/problem+json");
					assertThat(page.body()).contains("\"status\":400");
				}
			}
		}
	}

	@Test
	void invalidEncodingsInParametersAreRefusedOrIgnored() {
		List<Runnable> requests = new ArrayList<>();
		for (String query : List.of("q=%", "q=%zz", "q=%FF", "q=%C0%AF", "q=%E2%82", "skill=%00",
				"q=%0d%0aSet-Cookie:%20x=1", "=", "&&&", "q", "q==", "%3D=%3D", "q[]=1", "q.class.classLoader=1")) {
			for (String path : paths()) {
				requests.add(() -> {
					Page page = RawHttp.get(site.port(), withQuery(path, query), "Accept: text/html\r\n");
					assertSafe(page);
					assertThat(page.header("Set-Cookie")).isNull();
				});
			}
		}
		inParallel(requests);
	}

	/**
	 * A parameter that names no component of a bound request record is ignored, whatever
	 * it looks like: {@code q.class.classLoader} is not followed as a property path into
	 * the record.
	 */
	@Test
	void parametersThatNameNoFilterAreIgnoredByEveryAddressThatBindsTheFilter() {
		Map<String, String> accepts = Map.of("/roles", "text/html", "/api/roles", "application/json", "/api/roles.csv",
				"text/csv");
		accepts.forEach((path, accept) -> {
			Page unfiltered = site.get(path, Map.of("Accept", accept));
			for (String query : List.of("q.class.classLoader=1", "skill.class.module.classLoader.x=1",
					"filter.q=python", "class.module=x")) {
				Page page = site.get(path + "?" + query, Map.of("Accept", accept));
				assertThat(page.status()).as(page.path()).isEqualTo(200);
				assertThat(page.body()).as(page.path()).isEqualTo(unfiltered.body());
			}
		});
	}

	@Test
	void veryLongAndRepeatedValuesAreAnsweredCalmly() {
		List<String> targets = new ArrayList<>();
		targets.add("/roles/" + "a".repeat(20_000));
		targets.add("/roles?q=" + "b".repeat(20_000));
		targets.add("/roles?skill=python&skill=python&skill=kubernetes&tool=docker&tool=docker&q=a&q=b&q=");
		targets.add("/roles?" + "skill=python&".repeat(2_000));
		targets.add("/roles?" + "x=1&".repeat(5_000));
		for (String target : targets) {
			for (String accept : ACCEPTS) {
				Page page = RawHttp.get(site.port(), target, "Accept: " + accept + "\r\n");
				assertSafe(page);
				assertThat(page.body()).doesNotContain("a".repeat(200), "b".repeat(200));
			}
		}
		Page hugeHeader = RawHttp.get(site.port(), "/", "X-Padding: " + "c".repeat(20_000) + "\r\n");
		assertSafe(hugeHeader);
		assertThat(hugeHeader.body()).doesNotContain("c".repeat(200));
	}

	@Test
	void oddMethodsAcceptHeadersAndHostsAreAnsweredCalmly() {
		for (String method : List.of("TRACE", "PUT", "DELETE", "PATCH", "OPTIONS", "CONNECT", "PROPFIND", "FOO")) {
			for (String path : paths()) {
				Page page = RawHttp.send(site.port(), method, path.getBytes(StandardCharsets.UTF_8),
						"Accept: text/html\r\nContent-Length: 0\r\n");
				assertSafe(page);
			}
		}
		for (String accept : List.of("*/*", "application/xml", "text/plain", "image/png", "<script>alert(1)</script>",
				"text/html;q=0", "application/json;q=0.9, text/html", "application/problem+json", "garbage/", ";;;",
				"")) {
			for (String path : paths()) {
				Page page = RawHttp.get(site.port(), path, "Accept: " + accept + "\r\n");
				assertSafe(page);
				assertThat(page.body()).doesNotContain("<script>alert(1)");
			}
		}
		for (String host : List.of("<script>alert(1)</script>", "evil.example", "localhost:0", "a b")) {
			Page page = RawHttp.send(site.port(), "GET", "/".getBytes(StandardCharsets.US_ASCII),
					"X-Forwarded-Host: " + host + "\r\nX-Forwarded-Proto: javascript\r\n");
			assertSafe(page);
			assertThat(page.body()).doesNotContain("evil.example", "<script>alert(1)");
		}
	}

	/**
	 * Sends the requests two at a time: the server renders one while the test reads the
	 * other, so both cores work. Every request is checked as if sent alone; the first
	 * failure fails the test.
	 */
	private static void inParallel(List<Runnable> requests) {
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<?>> sent = requests.stream().<Future<?>>map(pool::submit).toList();
			for (Future<?> request : sent) {
				request.get();
			}
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException(ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@AfterAll
	static void theSiteStillAnswersAfterwards() {
		if (lastSite != null) {
			Page home = lastSite.get("/");
			assertThat(home.status()).isEqualTo(200);
			assertThat(home.h1()).isNotBlank();
		}
	}

	/**
	 * Every page type's address, an address nothing is mapped to, and the error path
	 * itself.
	 */
	private static List<String> paths() {
		return Stream.concat(Stream.of(PageType.values()).map(PageType::path), Stream.of("/no/such/page", "/error"))
			.toList();
	}

	/**
	 * The page type's path with each path segment, then each of its parameters, replaced
	 * by the payload.
	 */
	private static Set<String> targets(String path, String payload) {
		String encoded = URLEncoder.encode(payload, StandardCharsets.UTF_8).replace("+", "%20");
		Set<String> targets = new LinkedHashSet<>();
		int question = path.indexOf('?');
		String pathPart = question < 0 ? path : path.substring(0, question);
		String query = question < 0 ? null : path.substring(question + 1);
		String[] segments = pathPart.split("/");
		for (int i = 1; i < segments.length; i++) {
			String[] replaced = segments.clone();
			replaced[i] = encoded;
			targets.add(String.join("/", replaced) + (query == null ? "" : "?" + query));
		}
		targets.add(pathPart + (pathPart.endsWith("/") ? "" : "/") + encoded);
		if (query != null) {
			String[] pairs = query.split("&");
			for (int i = 0; i < pairs.length; i++) {
				String[] replaced = pairs.clone();
				replaced[i] = pairs[i].substring(0, pairs[i].indexOf('=') + 1) + encoded;
				targets.add(pathPart + "?" + String.join("&", replaced));
			}
		}
		for (String parameter : PARAMETERS) {
			targets.add(withQuery(path, parameter + "=" + encoded));
		}
		return targets;
	}

	private static String withQuery(String path, String query) {
		return path + (path.contains("?") ? "&" : "?") + query;
	}

	private static void assertHarmless(Page page, String payload) {
		assertSafe(page);
		String body = page.body();
		if (payload.chars().anyMatch(c -> "<>\"'".indexOf(c) >= 0)) {
			assertThat(body).as("%s reflects its input unescaped", page.path()).doesNotContain(payload);
		}
		if (BODIES_FOUND_HARMLESS.contains(body)) {
			return;
		}
		assertThat(page.text()).as("%s evaluates an expression", page.path()).doesNotContain("“49”", "“49#", "uid=");
		if (page.header("Content-Type") != null && page.header("Content-Type").startsWith("text/html")) {
			assertThat(page.document()
				.select("script:not([src]):not([type=application/ld+json]), img[src=x], svg[onload]")).as(page.path())
				.isEmpty();
			for (Element element : page.document().getAllElements()) {
				for (Attribute attribute : element.attributes()) {
					assertThat(attribute.getKey()).as("%s: event attribute", page.path()).doesNotStartWith("on");
					if (attribute.getKey().equals("href") || attribute.getKey().equals("src")) {
						assertThat(attribute.getValue().strip()).as(page.path())
							.doesNotStartWithIgnoringCase("javascript:");
					}
				}
			}
		}
		else {
			assertThat(body).as("%s: JSON with raw markup", page.path()).doesNotContain("<", ">");
		}
		BODIES_FOUND_HARMLESS.add(body);
	}

	/** No server error, nothing leaked, the security headers present, no cookie set. */
	private static void assertSafe(Page page) {
		assertThat(page.status()).as("%s answers without a server error", page.path()).isLessThan(500);
		assertThat(page.body()).as("%s leaks internals", page.path()).doesNotContain(LEAKS);
		assertThat(page.header("Content-Security-Policy")).as(page.path()).contains("default-src 'self'");
		assertThat(page.header("X-Content-Type-Options")).as(page.path()).isEqualTo("nosniff");
		assertThat(page.header("Server")).as(page.path()).isNull();
		assertThat(page.header("Set-Cookie")).as(page.path()).isNull();
	}

}
