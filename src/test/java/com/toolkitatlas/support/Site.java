package com.toolkitatlas.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.env.Environment;

/**
 * Requests pages of the running application over real HTTP and parses them, so tests can
 * assert what a person would see: headings, text, links, figures.
 */
@TestComponent
public class Site {

	private final HttpClient client = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final Environment environment;

	public Site(Environment environment) {
		this.environment = environment;
	}

	public String base() {
		return "http://localhost:" + port();
	}

	public int port() {
		return Integer.parseInt(environment.getRequiredProperty("local.server.port"));
	}

	/** GET a path as a browser does (asking for HTML). */
	public Page get(String path) {
		return get(path, Map.of("Accept", "text/html,application/xhtml+xml,*/*;q=0.8"));
	}

	/** GET a path asking for JSON. */
	public Page getJson(String path) {
		return get(path, Map.of("Accept", "application/json"));
	}

	public Page get(String path, Map<String, String> headers) {
		return send("GET", path, headers);
	}

	public Page send(String method, String path, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path))
			.timeout(Duration.ofSeconds(20))
			.method(method, HttpRequest.BodyPublishers.noBody());
		headers.forEach(request::header);
		try {
			HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
			Map<String, String> responseHeaders = new LinkedHashMap<>();
			response.headers()
				.map()
				.forEach((name, values) -> responseHeaders.put(name.toLowerCase(), String.join(", ", values)));
			return new Page(path, response.statusCode(), responseHeaders, response.body(), base() + path);
		}
		catch (IOException e) {
			throw new IllegalStateException("GET " + path + " failed", e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

}
