package com.toolkitatlas.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import com.toolkitatlas.support.Site;
import com.toolkitatlas.support.WebTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A cached page leaves with the very header bytes it was stored with, whatever Tomcat did
 * to the responses before it: Tomcat reuses the header buffers of a response for the next
 * one on the same worker, so a cached page must never lend it its own bytes. Several
 * connections hammer cached pages with every other kind of response in between (OPTIONS
 * *, 304, 404, HEAD, gzip, Tomcat's own refusals, actuator answers), and every header
 * line of every cached answer is compared byte for byte with the first one.
 */
@WebTest
class CachedHeadersTest {

	/** Cached pages, each asked for plain and gzipped. */
	private static final List<String> PAGES = List.of("/tools/kubernetes", "/", "/roles/ml-engineer",
			"/roles?tool=kubernetes&skill=ci-cd", "/api/roles/ml-engineer");

	@Autowired
	Site site;

	@Test
	void cachedPagesKeepEveryHeaderByteWhateverIsAnsweredBetweenThem() throws Exception {
		Map<String, List<String>> expected = new ConcurrentHashMap<>();
		for (String path : PAGES) {
			for (String encoding : List.of("", "Accept-Encoding: gzip\r\n")) {
				exchange("GET", path, encoding);
				expected.put(encoding + path, exchange("GET", path, encoding).headerLines());
			}
		}
		List<String> interleaved = List.of("OPTIONS *", "GET /no/such/page", "HEAD /tools/kubernetes", "GET /roles/%zz",
				"GET /roles/astronaut", "GET /actuator/health", "TRACE /", "GET /roles?minSalary=abc", "POST /roles",
				"GET /assets/site.css");

		ExecutorService workers = Executors.newFixedThreadPool(8);
		try {
			List<Future<List<String>>> results = new ArrayList<>();
			for (int t = 0; t < 8; t++) {
				int thread = t;
				results.add(workers.submit(() -> {
					List<String> differences = new ArrayList<>();
					for (int i = 0; i < 60; i++) {
						String page = PAGES.get((thread + i) % PAGES.size());
						String encoding = i % 2 == 0 ? "" : "Accept-Encoding: gzip\r\n";
						String[] other = interleaved.get((thread * 7 + i) % interleaved.size()).split(" ");
						exchange(other[0], other[1], "Accept-Encoding: gzip\r\n");
						String etag = expected.get(encoding + page)
							.stream()
							.filter(line -> line.startsWith("ETag: "))
							.findFirst()
							.orElseThrow()
							.substring(6);
						exchange("GET", page, "If-None-Match: " + etag + "\r\n");
						List<String> lines = exchange("GET", page, encoding).headerLines();
						if (!lines.equals(expected.get(encoding + page))) {
							differences.add(
									page + " " + encoding.strip() + " after " + String.join(" ", other) + ": " + lines);
						}
					}
					return differences;
				}));
			}
			List<String> differences = new ArrayList<>();
			for (Future<List<String>> result : results) {
				differences.addAll(result.get(120, TimeUnit.SECONDS));
			}
			assertThat(differences).as("cached answers whose headers changed; expected %s", expected).isEmpty();
		}
		finally {
			workers.shutdownNow();
		}
	}

	@Test
	void optionsStarAnswersWithTheSecurityHeadersAndOnlyTheMethodsTheSiteAnswers() {
		Exchange options = exchange("OPTIONS", "*", "");

		assertThat(options.status()).isEqualTo(200);
		Map<String, String> headers = options.headers();
		assertThat(headers.get("allow")).isEqualTo("GET,HEAD,OPTIONS");
		assertThat(headers.get("content-security-policy")).isEqualTo(SecurityHeaders.CONTENT_SECURITY_POLICY);
		assertThat(headers.get("x-content-type-options")).isEqualTo("nosniff");
		assertThat(headers.get("cache-control")).isEqualTo("no-store");
	}

	private Exchange exchange(String method, String target, String extraHeaders) {
		return exchange(site.port(), method, target, extraHeaders);
	}

	/** One request on its own connection; the answer's status line and header lines. */
	static Exchange exchange(int port, String method, String target, String extraHeaders) {
		String request = method + " " + target + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nConnection: close\r\n"
				+ extraHeaders + "\r\n";
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(20_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			return Exchange.parse(socket.getInputStream());
		}
		catch (IOException e) {
			throw new UncheckedIOException(method + " " + target, e);
		}
	}

	/** The status line and header lines of an answer, as sent. */
	record Exchange(String statusLine, List<String> lines) {

		static Exchange parse(InputStream in) throws IOException {
			byte[] all = in.readAllBytes();
			ByteArrayOutputStream head = new ByteArrayOutputStream();
			for (int i = 0; i + 3 < all.length; i++) {
				if (all[i] == '\r' && all[i + 1] == '\n' && all[i + 2] == '\r' && all[i + 3] == '\n') {
					head.write(all, 0, i);
					break;
				}
			}
			List<String> lines = List.of(head.toString(StandardCharsets.ISO_8859_1).split("\r\n"));
			return new Exchange(lines.get(0), lines.subList(1, lines.size()));
		}

		int status() {
			return Integer.parseInt(statusLine.split(" ")[1]);
		}

		/** Every header line but the date, which changes every second. */
		List<String> headerLines() {
			return lines.stream().filter(line -> !line.startsWith("Date: ")).toList();
		}

		Map<String, String> headers() {
			return lines.stream()
				.collect(Collectors.toMap(line -> line.substring(0, line.indexOf(':')).toLowerCase(),
						line -> line.substring(line.indexOf(':') + 1).strip(), (a, b) -> a + ", " + b));
		}
	}

}
