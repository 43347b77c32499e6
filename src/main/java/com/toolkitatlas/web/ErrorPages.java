package com.toolkitatlas.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import com.toolkitatlas.catalogue.Catalogue;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.ResourceUrlProviderExposingInterceptor;

/**
 * Renders a problem for a person or for a program: the site's error page in its layout,
 * with links to what exists, or {@code application/problem+json} for the API and for
 * clients that ask for JSON only.
 */
@Component
public class ErrorPages {

	private static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

	private final Catalogue catalogue;

	private final JsonMapper jsonMapper;

	private final ResourceUrlProvider assetUrls;

	public ErrorPages(Catalogue catalogue, JsonMapper jsonMapper, ResourceUrlProvider assetUrls) {
		this.catalogue = catalogue;
		this.jsonMapper = jsonMapper;
		this.assetUrls = assetUrls;
	}

	public ModelAndView render(HttpServletRequest request, String path, ProblemDetail problem) {
		problem.setInstance(URI.create(safePath(path)));
		ModelAndView page = wantsJson(request, path) ? new ModelAndView(new ProblemJsonView(jsonMapper, problem))
				: new ModelAndView("error", Map.of("problem", problem, "roles", catalogue.roles(), "path", path));
		page.setStatus(HttpStatus.valueOf(problem.getStatus()));
		// An address no handler matched never passed the interceptor that lets templates
		// link assets by their
		// content hash; without this, its 404 page would link the stylesheet by its plain
		// name.
		request.setAttribute(ResourceUrlProviderExposingInterceptor.RESOURCE_URL_PROVIDER_ATTR, assetUrls);
		return page;
	}

	/**
	 * Whether a problem at this path is answered as JSON: for the API, and for clients
	 * that ask for JSON only.
	 */
	static boolean wantsJson(HttpServletRequest request, String path) {
		if (path.startsWith("/api/") || path.startsWith("/v3/api-docs")) {
			return true;
		}
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		return accept != null && !accept.contains("text/html")
				&& (accept.contains("application/json") || accept.contains("application/problem+json"));
	}

	/**
	 * The path as an URI reference, with anything that is not a safe path character
	 * percent-encoded.
	 */
	private static String safePath(String path) {
		StringBuilder safe = new StringBuilder();
		for (byte b : path.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
			char c = (char) (b & 0xff);
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "/-._~".indexOf(c) >= 0) {
				safe.append(c);
			}
			else {
				safe.append('%').append(String.format("%02X", b & 0xff));
			}
		}
		return safe.toString();
	}

	/** Writes a problem as {@code application/problem+json}. */
	private record ProblemJsonView(JsonMapper jsonMapper, ProblemDetail problem) implements View {

		@Override
		public String getContentType() {
			return PROBLEM_JSON.toString();
		}

		@Override
		public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
				throws Exception {
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("type", problem.getType() == null ? "about:blank" : problem.getType().toString());
			body.put("title", problem.getTitle());
			body.put("status", problem.getStatus());
			body.put("detail", problem.getDetail());
			body.put("instance", String.valueOf(problem.getInstance()));
			if (problem.getProperties() != null) {
				body.putAll(problem.getProperties());
			}
			response.setContentType(PROBLEM_JSON.toString());
			response.setCharacterEncoding("UTF-8");
			jsonMapper.writer().with(new HtmlSafeEscapes()).writeValue(response.getOutputStream(), body);
		}
	}

	/**
	 * A problem may quote what a person typed: its markup characters are written as JSON
	 * unicode escapes, so the JSON stays inert even where something mistakes it for HTML.
	 */
	private static final class HtmlSafeEscapes extends CharacterEscapes {

		private final int[] escapes = standardAsciiEscapesForJSON();

		HtmlSafeEscapes() {
			for (char c : "<>&'".toCharArray()) {
				escapes[c] = ESCAPE_STANDARD;
			}
		}

		@Override
		public int[] getEscapeCodesForAscii() {
			return escapes;
		}

		@Override
		public SerializableString getEscapeSequence(int ch) {
			return null;
		}

	}

}
