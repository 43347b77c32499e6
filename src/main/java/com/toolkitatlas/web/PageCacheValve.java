package com.toolkitatlas.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.tomcat.util.http.MimeHeaders;
import org.springframework.http.HttpHeaders;

/**
 * Serves pages from the {@link PageCache} as soon as Tomcat has parsed the request,
 * before the servlet filters and Spring MVC: a cached page costs a map look-up and a
 * write, which keeps the application close to a static file server. A miss goes on to the
 * application, where {@link HttpCaching} renders the page and keeps it. Cached pages are
 * counted in the {@code atlas.page.cache.requests} metric, not in
 * {@code http.server.requests}.
 */
class PageCacheValve extends ValveBase {

	private static final byte[] CONTENT_TYPE = bytes(HttpHeaders.CONTENT_TYPE);

	private static final byte[] CONTENT_ENCODING = bytes(HttpHeaders.CONTENT_ENCODING);

	private static final byte[] GZIP = bytes("gzip");

	private final PageCache cache;

	PageCacheValve(PageCache cache) {
		super(true);
		this.cache = cache;
	}

	@Override
	public void invoke(Request request, Response response) throws IOException, ServletException {
		String method = request.getMethod();
		String path = request.getRequestURI();
		// A request Tomcat has already refused (a malformed address) goes straight to the
		// error report.
		if (!response.isError() && path != null && ("GET".equals(method) || "HEAD".equals(method))
				&& HttpCaching.isPage(path)) {
			RenderedPage page = cache.get(HttpCaching.key(request));
			if (page != null) {
				// The page's headers, security headers included, were recorded when it
				// was rendered.
				send(page, request, response);
				return;
			}
		}
		getNext().invoke(request, response);
	}

	/**
	 * Sends a cached page, or 304 when the client has it, writing its pre-encoded headers
	 * straight into Tomcat's response headers. What {@link HttpCaching#send} does through
	 * the servlet API, without encoding a header per request.
	 */
	private static void send(RenderedPage page, Request request, Response response) throws IOException {
		MimeHeaders headers = response.getCoyoteResponse().getMimeHeaders();
		RenderedPage.EncodedHeaders encoded = page.encoded();
		for (int i = 0; i < encoded.names().size(); i++) {
			add(headers, encoded.names().get(i), encoded.values().get(i));
		}
		if (HttpCaching.matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), page.etag())) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		add(headers, CONTENT_TYPE, encoded.contentType());
		byte[] body = page.body();
		if (page.gzipped() != null && HttpCaching.acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING))) {
			body = page.gzipped();
			add(headers, CONTENT_ENCODING, GZIP);
		}
		response.setContentLength(body.length);
		if (!"HEAD".equals(request.getMethod())) {
			response.getOutputStream().write(body);
		}
	}

	private static void add(MimeHeaders headers, byte[] name, byte[] value) {
		headers.addValue(name, 0, name.length).setBytes(value, 0, value.length);
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.ISO_8859_1);
	}

}
