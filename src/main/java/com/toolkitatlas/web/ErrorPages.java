package com.toolkitatlas.web;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import com.toolkitatlas.catalogue.Catalogue;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.ISpringTemplateEngine;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.ResourceUrlProviderExposingInterceptor;

/**
 * Renders every error the same way, for a person or for a program: the {@code error}
 * template in the site's layout, with links to what exists and the help the refusing
 * feature offers ({@link ErrorHelp}), or the problem detail as
 * {@code application/problem+json}, written by Jackson, for the API and for clients that
 * ask for JSON only. Never anything else, whatever the address ends with or the request
 * accepts.
 */
@Component
public class ErrorPages {

	private static final String TEMPLATE = "error";

	private final Catalogue catalogue;

	private final ObjectWriter problemWriter;

	private final ResourceUrlProvider assetUrls;

	private final ISpringTemplateEngine templates;

	private final ServletContext servletContext;

	private final JakartaServletWebApplication application;

	public ErrorPages(Catalogue catalogue, JsonMapper jsonMapper, ResourceUrlProvider assetUrls,
			ISpringTemplateEngine templates, ServletContext servletContext) {
		this.catalogue = catalogue;
		this.problemWriter = jsonMapper.rebuild()
			.addMixIn(ProblemDetail.class, ProblemJsonLayout.class)
			.build()
			.writer()
			.with(MarkupEscapes.INSTANCE);
		this.assetUrls = assetUrls;
		this.templates = templates;
		this.servletContext = servletContext;
		this.application = JakartaServletWebApplication.buildApplication(servletContext);
	}

	/**
	 * The answer to a request that failed with this exception: its problem, with the
	 * headers the failure calls for (the methods a 405 allows).
	 */
	public ModelAndView render(HttpServletRequest request, HttpServletResponse response, String path,
			Exception exception) {
		if (exception instanceof ErrorResponse failure) {
			failure.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
		}
		return render(request, path, Problems.of(exception, path),
				exception instanceof ClientErrorException own ? own.help() : null);
	}

	/** The answer to a failed request: the error page, or the problem as JSON. */
	public ModelAndView render(HttpServletRequest request, String path, ProblemDetail problem, ErrorHelp help) {
		problem.setInstance(URI.create(safePath(path)));
		ModelAndView answer = wantsJson(request, path) ? new ModelAndView(new ProblemJson(problemJson(problem)))
				: new ModelAndView(TEMPLATE, pageModel(problem, help, path));
		answer.setStatus(HttpStatusCode.valueOf(problem.getStatus()));
		// An address no handler matched never passed the interceptor that lets templates
		// link assets by their content hash; without this, its 404 page would link the
		// stylesheet by its plain name.
		request.setAttribute(ResourceUrlProviderExposingInterceptor.RESOURCE_URL_PROVIDER_ATTR, assetUrls);
		return answer;
	}

	/**
	 * The answer to a request that Tomcat refused before the application saw it (a
	 * malformed address, TRACE): the same page or problem as any other error, with
	 * nothing of the request in it, since the request could not even be read.
	 */
	public Refusal refusal(HttpServletRequest request, HttpServletResponse response, int status) {
		ProblemDetail problem = Problems.forStatus(status, "");
		if (status == 404) {
			problem.setDetail("There is no page at this address.");
		}
		if (wantsJson(request, String.valueOf(request.getRequestURI()))) {
			return new Refusal(MediaType.APPLICATION_PROBLEM_JSON_VALUE, problemJson(problem));
		}
		WebContext context = new WebContext(application.buildExchange(new RefusedRequest(request, servletContext),
				new AssetLinks(response, assetUrls)), Locale.ENGLISH, pageModel(problem, null, "/"));
		return new Refusal(MediaType.TEXT_HTML_VALUE, templates.process(TEMPLATE, context));
	}

	/**
	 * Whether a problem at this path is answered as JSON: for the API, and for clients
	 * that ask for JSON only.
	 */
	public static boolean wantsJson(HttpServletRequest request, String path) {
		if (path.startsWith("/api/") || path.startsWith("/v3/api-docs")) {
			return true;
		}
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		return accept != null && !accept.contains("text/html")
				&& (accept.contains("application/json") || accept.contains("application/problem+json"));
	}

	private Map<String, Object> pageModel(ProblemDetail problem, ErrorHelp help, String path) {
		Map<String, Object> model = new HashMap<>();
		if (help != null) {
			model.putAll(help.model());
		}
		model.put("problem", problem);
		model.put("error", new ErrorPage(problem, help));
		model.put("allRoles", catalogue.roles());
		model.put("catalogueSize", CatalogueSize.of(catalogue));
		model.put("path", path);
		model.put("navigation", Navigation.markup(path));
		return model;
	}

	private String problemJson(ProblemDetail problem) {
		return problemWriter.writeValueAsString(problem);
	}

	/**
	 * The path as an URI reference, with anything that is not a safe path character
	 * percent-encoded.
	 */
	private static String safePath(String path) {
		StringBuilder safe = new StringBuilder();
		for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
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

	/**
	 * A problem's members in the order RFC 9457 lists them, then its extensions (such as
	 * the parameter a 400 names), empty ones left out.
	 */
	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	@JsonPropertyOrder({ "type", "title", "status", "detail", "instance" })
	private interface ProblemJsonLayout {

		@JsonAnySetter
		void setProperty(String name, Object value);

		@JsonAnyGetter
		Map<String, Object> getProperties();

	}

	/** A problem written by Jackson, as {@code application/problem+json}. */
	private record ProblemJson(String json) implements View {

		@Override
		public String getContentType() {
			return MediaType.APPLICATION_PROBLEM_JSON_VALUE;
		}

		@Override
		public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
				throws IOException {
			response.setContentType(getContentType());
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			response.getWriter().write(json);
		}

	}

	/**
	 * A problem may quote what a person typed: its markup characters are written as JSON
	 * unicode escapes, so the JSON stays inert even where something mistakes it for HTML.
	 */
	private static final class MarkupEscapes extends CharacterEscapes {

		static final MarkupEscapes INSTANCE = new MarkupEscapes();

		private final int[] escapes = standardAsciiEscapesForJSON();

		private MarkupEscapes() {
			for (char c : "<>&'".toCharArray()) {
				this.escapes[c] = ESCAPE_STANDARD;
			}
		}

		@Override
		public int[] getEscapeCodesForAscii() {
			return this.escapes;
		}

		@Override
		public SerializableString getEscapeSequence(int ch) {
			return null;
		}

	}

	/** A refused request's answer: a body and its media type, written in UTF-8. */
	public record Refusal(String contentType, String body) {
	}

	/**
	 * A request Tomcat could not read, as the error template sees it: at the root of the
	 * site, with none of its own address.
	 */
	private static final class RefusedRequest extends HttpServletRequestWrapper {

		private final ServletContext servletContext;

		RefusedRequest(HttpServletRequest request, ServletContext servletContext) {
			super(request);
			this.servletContext = servletContext;
		}

		@Override
		public ServletContext getServletContext() {
			return servletContext;
		}

		@Override
		public String getContextPath() {
			return "";
		}

		@Override
		public String getRequestURI() {
			return "/";
		}

		@Override
		public String getServletPath() {
			return "/";
		}

		@Override
		public String getPathInfo() {
			return null;
		}

		@Override
		public String getQueryString() {
			return null;
		}

	}

	/**
	 * Links assets by their content hash, as the application's own responses do, for a
	 * response written outside it.
	 */
	private static final class AssetLinks extends HttpServletResponseWrapper {

		private final ResourceUrlProvider assetUrls;

		AssetLinks(HttpServletResponse response, ResourceUrlProvider assetUrls) {
			super(response);
			this.assetUrls = assetUrls;
		}

		@Override
		public String encodeURL(String url) {
			String versioned = assetUrls.getForLookupPath(url);
			return versioned != null ? versioned : url;
		}

	}

}
