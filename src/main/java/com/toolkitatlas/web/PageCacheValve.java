package com.toolkitatlas.web;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.catalina.connector.ClientAbortException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.tomcat.util.http.MimeHeaders;
import org.springframework.http.HttpHeaders;

/**
 * Serves pages from the {@link PageCache} as soon as Tomcat has parsed the request,
 * before the servlet filters and Spring MVC: a cached page costs a map look-up, a copy of
 * its header bytes and a write, which keeps the application close to a static file
 * server. A miss goes on to the application, where {@link HttpCaching} renders the page
 * and keeps it; other requests for the same page meanwhile wait for that rendering rather
 * than render it again. Cached pages are counted in the {@code atlas.page.cache.requests}
 * metric, not in {@code http.server.requests}.
 */
class PageCacheValve extends ValveBase {

	/**
	 * The request attribute that tells {@link HttpCaching} under which key to keep the
	 * page, and which parameters it may read.
	 */
	static final String RENDERING = PageCacheValve.class.getName() + ".rendering";

	/** How long a request waits for another's rendering of the same page. */
	private static final long WAIT_SECONDS = 10;

	private final PageCache cache;

	private final PageAddresses addresses;

	PageCacheValve(PageCache cache, PageAddresses addresses) {
		super(true);
		this.cache = cache;
		this.addresses = addresses;
	}

	@Override
	public void invoke(Request request, Response response) throws IOException, ServletException {
		String method = request.getMethod();
		// A request Tomcat has already refused (a malformed address) goes straight to the
		// error report. The path is the one Tomcat and Spring route by: decoded, without
		// path parameters, dot segments resolved.
		String path = response.isError() ? null : request.getDecodedRequestURI();
		if (path == null || !("GET".equals(method) || "HEAD".equals(method)) || !HttpCaching.isPage(path)) {
			getNext().invoke(request, response);
			return;
		}
		String key = addresses.key(path, request);
		if (key == null) {
			getNext().invoke(request, response);
			return;
		}
		RenderedPage page = cache.get(key);
		if (page != null) {
			// The page's headers, security headers included, were recorded when it was
			// rendered.
			send(page, request, response);
			return;
		}
		CompletableFuture<RenderedPage> underWay = cache.joinRendering(key);
		RenderedPage rendered = underWay == null ? cache.peek(key) : await(underWay);
		if (rendered != null) {
			// Rendered by another request meanwhile: kept between the look-up and now, or
			// waited for.
			if (underWay == null) {
				cache.finishRendering(key, rendered);
			}
			send(rendered, request, response);
			return;
		}
		request.setAttribute(RENDERING, new Rendering(key, addresses.parametersOf(path, request.getRequestURI())));
		try {
			getNext().invoke(request, response);
		}
		finally {
			if (underWay == null) {
				// Normally done by HttpCaching as soon as the page is rendered; this
				// covers answers it did not keep (errors, redirects) and failures.
				cache.finishRendering(key, null);
			}
		}
	}

	private static RenderedPage await(CompletableFuture<RenderedPage> rendering) {
		try {
			return rendering.get(WAIT_SECONDS, TimeUnit.SECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return null;
		}
		catch (ExecutionException | TimeoutException e) {
			return null;
		}
	}

	/**
	 * Sends a cached page, or 304 when the client has it, adding its pre-encoded headers
	 * straight to Tomcat's response headers. What {@link HttpCaching#send} does through
	 * the servlet API, without encoding a header per request.
	 */
	private static void send(RenderedPage page, Request request, Response response) throws IOException {
		RenderedPage.EncodedHeaders encoded = page.encoded();
		boolean notModified = HttpCaching.matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), page.etag());
		byte[] body = page.body();
		int count = encoded.count();
		if (!notModified) {
			// Content-Type, and Content-Encoding after it for a gzipped body.
			count++;
			if (page.gzipped() != null && HttpCaching.acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING))) {
				body = page.gzipped();
				count++;
			}
		}
		// Tomcat writes into the arrays it is handed when it reuses its header buffers
		// for a later response: it gets a copy of its own.
		byte[] bytes = encoded.copy();
		MimeHeaders headers = response.getCoyoteResponse().getMimeHeaders();
		for (int i = 0; i < count; i++) {
			int nameEnd = encoded.nameEnd(i);
			headers.addValue(bytes, encoded.nameStart(i), nameEnd - encoded.nameStart(i))
				.setBytes(bytes, nameEnd, encoded.valueEnd(i) - nameEnd);
		}
		if (notModified) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		response.setContentLength(body.length);
		if (!"HEAD".equals(request.getMethod())) {
			write(body, response);
		}
	}

	/**
	 * Hands the whole body to Tomcat's connector in one write, which gathers it behind
	 * the headers in the socket's write buffer. Through the servlet output stream,
	 * Tomcat's response buffer (8 kB) would cut a 45 kB page into five writes down the
	 * connector's chain and copy the rest into itself before copying it again into the
	 * socket buffer (bench/RESULTS.md, fifth round). The buffer handed over is read-only
	 * and the request's own: the stored page cannot be written to, and no other request
	 * sees its position move.
	 */
	private static void write(byte[] body, Response response) throws IOException {
		try {
			response.getCoyoteResponse().doWrite(ByteBuffer.wrap(body).asReadOnlyBuffer());
		}
		catch (IOException ex) {
			// As the servlet output stream reports a client gone away.
			throw new ClientAbortException(ex);
		}
	}

	/**
	 * A page this request renders.
	 *
	 * @param key where to keep it
	 * @param parameters the query parameters the key holds: the only ones the page may
	 * read
	 */
	record Rendering(String key, PageAddresses.Parameters parameters) {
	}

}
