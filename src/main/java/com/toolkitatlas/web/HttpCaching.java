package com.toolkitatlas.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * HTTP caching for every response, by kind of address:
 * <ul>
 * <li>pages and API responses: a weak ETag from the body, 304 for a matching
 * {@code If-None-Match}, a short {@code Cache-Control}, and the rendered page kept whole
 * in a {@link PageCache} (with its gzip form, compressed once), since a page is a pure
 * function of its address and the catalogue; {@link PageCacheValve} serves it from there
 * to the next request that asks for it;</li>
 * <li>errors: {@code no-store}, never cached, here or by anyone else;</li>
 * <li>static assets whose name carries a content hash: a year, immutable; other assets:
 * revalidated;</li>
 * <li>the actuator: {@code no-store}, never cached.</li>
 * </ul>
 * A cached page is keyed on its canonical address ({@link PageAddresses}: the normalised
 * path, the parameters its handler declares, whether htmx asks for a fragment), and is
 * rendered seeing only those parameters, so the key holds everything that can change it.
 * Only 200 responses are cached. Its {@code Vary} names {@code Accept-Encoding} and the
 * request headers the page itself declares (htmx's, where it answers fragments). Every
 * decision here is taken on the normalised path, as Tomcat and Spring route it, so that
 * {@code /actuator;x=1/health} or {@code /%61ctuator/health} is the actuator, never a
 * page. Responses to page addresses are compressed here (pages once, when rendered);
 * Tomcat compresses only the rest (assets, metrics), which keeps its per-response checks
 * off the pages.
 */
public class HttpCaching extends OncePerRequestFilter {

	static final String IMMUTABLE = "public, max-age=31536000, immutable";
	static final String NO_STORE = "no-store";

	private static final String REVALIDATE = "no-cache";

	/**
	 * Request headers an answer open to every origin does not vary by, although Spring's
	 * CORS support names them.
	 */
	private static final Set<String> CORS_REQUEST_HEADERS = Set.of("origin", "access-control-request-method",
			"access-control-request-headers");

	/**
	 * A file name with a content hash, as the resource chain writes it:
	 * {@code site-<md5>.css}.
	 */
	private static final Pattern VERSIONED = Pattern.compile("-[0-9a-f]{32}\\.[A-Za-z0-9]+$");

	/**
	 * Headers the server writes per response, or that this filter sets itself: never
	 * replayed.
	 */
	private static final Set<String> NOT_REPLAYED = Set.of("content-length", "content-type", "transfer-encoding",
			"date", "connection", "keep-alive", "etag", "vary", "content-encoding");

	private final PageCache cache;

	private final String pageCacheControl;

	/**
	 * @param cache where rendered pages are kept for {@link PageCacheValve} to serve, or
	 * null to render every request
	 */
	public HttpCaching(PageCache cache, PageSettings settings) {
		this.cache = cache;
		this.pageCacheControl = "public, max-age=" + settings.maxAge().toSeconds();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = path(request);
		if (path.startsWith("/assets/") || path.startsWith("/webjars/")) {
			chain.doFilter(request, new AssetCacheControl(response, VERSIONED.matcher(path).find()));
		}
		else if (isPage(path) && (request.getMethod().equals("GET") || request.getMethod().equals("HEAD"))) {
			render(request, response, chain);
		}
		else {
			response.setHeader(HttpHeaders.CACHE_CONTROL, NO_STORE);
			chain.doFilter(request, response);
		}
	}

	/**
	 * The path as Tomcat and Spring route it: decoded, without path parameters, dot
	 * segments resolved.
	 */
	static String path(HttpServletRequest request) {
		String pathInfo = request.getPathInfo();
		return request.getContextPath() + request.getServletPath() + (pathInfo == null ? "" : pathInfo);
	}

	/**
	 * Pages and API responses; not static assets, nor the actuator.
	 * @param path the normalised path
	 */
	static boolean isPage(String path) {
		return !(path.startsWith("/assets/") || path.startsWith("/webjars/") || path.equals("/actuator")
				|| path.startsWith("/actuator/"));
	}

	/**
	 * Renders the page, gives it its ETag, and keeps it for the next request (see
	 * {@link PageCacheValve}).
	 */
	private void render(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		PageCacheValve.Rendering keep = cache == null ? null
				: (PageCacheValve.Rendering) request.getAttribute(PageCacheValve.RENDERING);
		HeldResponse rendering = new HeldResponse(response);
		// A HEAD is rendered as a GET, so that it carries the same ETag and length as the
		// page; a page that is kept sees only the parameters of its key.
		HttpServletRequest asGet = keep == null || keep.parameters().any() ? new AsGet(request)
				: new AsGet(new KnownParameters(request, keep.parameters()));
		chain.doFilter(asGet, rendering);
		if (rendering.getStatus() != HttpServletResponse.SC_OK || !reusable(rendering)) {
			if (rendering.getStatus() >= 400 && response.getHeader(HttpHeaders.CACHE_CONTROL) == null) {
				response.setHeader(HttpHeaders.CACHE_CONTROL, NO_STORE);
			}
			sendAsRendered(rendering, request, response);
			return;
		}
		if (response.getHeader(HttpHeaders.CACHE_CONTROL) == null) {
			response.setHeader(HttpHeaders.CACHE_CONTROL, pageCacheControl);
		}
		byte[] body = rendering.getContentAsByteArray();
		String etag = RenderedPage.etagOf(body);
		List<RenderedPage.Header> headers = new ArrayList<>();
		for (String name : response.getHeaderNames()) {
			if (!NOT_REPLAYED.contains(name.toLowerCase(Locale.ROOT))) {
				response.getHeaders(name).forEach(value -> headers.add(new RenderedPage.Header(name, value)));
			}
		}
		headers.add(new RenderedPage.Header(HttpHeaders.ETAG, etag));
		headers.add(new RenderedPage.Header(HttpHeaders.VARY, vary(response)));
		boolean compress = body.length >= RenderedPage.MIN_COMPRESSED_SIZE
				&& (cache != null || acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING)));
		RenderedPage page = new RenderedPage(rendering.getContentType(), List.copyOf(headers), body,
				compress ? RenderedPage.gzip(body) : null, etag);
		if (keep != null) {
			cache.put(keep.key(), page);
			cache.finishRendering(keep.key(), page);
		}
		rendering.resetBuffer();
		response.reset();
		send(page, request, response);
	}

	/**
	 * Sends a rendered page, or 304 when the client already has it, to a response that
	 * has no header yet. Headers are added, not set: on a fresh response there is nothing
	 * to replace.
	 */
	static void send(RenderedPage page, HttpServletRequest request, HttpServletResponse response) throws IOException {
		for (RenderedPage.Header header : page.headers()) {
			response.addHeader(header.name(), header.value());
		}
		if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), page.etag())) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		response.setContentType(page.contentType());
		byte[] body = page.body();
		if (page.gzipped() != null && acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING))) {
			body = page.gzipped();
			response.addHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
		}
		response.setContentLength(body.length);
		if (!request.getMethod().equals("HEAD")) {
			response.getOutputStream().write(body);
		}
	}

	/**
	 * Sends an answer that is not kept (an error, a redirect), compressed if it gains
	 * from it.
	 */
	private static void sendAsRendered(HeldResponse rendering, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		String type = rendering.getContentType();
		byte[] body = rendering.getContentAsByteArray();
		boolean text = type != null && (type.startsWith("text/") || type.contains("json") || type.contains("xml"));
		if (text && response.getHeader(HttpHeaders.CONTENT_ENCODING) == null) {
			response.setHeader(HttpHeaders.VARY, vary(response));
			if (body.length >= RenderedPage.MIN_COMPRESSED_SIZE
					&& acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING))) {
				byte[] gzipped = RenderedPage.gzip(body);
				rendering.resetBuffer();
				response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
				response.setContentLength(gzipped.length);
				response.getOutputStream().write(gzipped);
				return;
			}
		}
		rendering.copyBodyToResponse();
	}

	/**
	 * {@code Accept-Encoding}, since answers are sent gzipped to those who accept it, and
	 * whatever request headers the answer declared it varies by, but for the origin when
	 * the answer is open to every origin.
	 */
	private static String vary(HttpServletResponse response) {
		boolean anyOrigin = "*".equals(response.getHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN));
		Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
		StringBuilder vary = new StringBuilder(HttpHeaders.ACCEPT_ENCODING);
		names.add(HttpHeaders.ACCEPT_ENCODING);
		for (String header : response.getHeaders(HttpHeaders.VARY)) {
			for (String name : header.split(",")) {
				String trimmed = name.strip();
				if (!trimmed.isEmpty()
						&& !(anyOrigin && CORS_REQUEST_HEADERS.contains(trimmed.toLowerCase(Locale.ROOT)))
						&& names.add(trimmed)) {
					vary.append(", ").append(trimmed);
				}
			}
		}
		return vary.toString();
	}

	/**
	 * A response that is the same for everyone: a body of a stated type, no cookie,
	 * nothing marked private.
	 */
	private static boolean reusable(HeldResponse response) {
		String cacheControl = response.getHeader(HttpHeaders.CACHE_CONTROL);
		return response.getContentType() != null && response.getHeader(HttpHeaders.SET_COOKIE) == null
				&& response.getHeader(HttpHeaders.CONTENT_ENCODING) == null
				&& (cacheControl == null || !(cacheControl.contains("no-store") || cacheControl.contains("private")));
	}

	/** Weak comparison (RFC 9110, 13.1.2): {@code W/"x"} and {@code "x"} match. */
	static boolean matches(String ifNoneMatch, String etag) {
		if (ifNoneMatch == null) {
			return false;
		}
		String opaque = etag.substring(2);
		for (String candidate : ifNoneMatch.split(",")) {
			String tag = candidate.trim();
			if (tag.equals("*") || tag.equals(opaque) || (tag.startsWith("W/") && tag.substring(2).equals(opaque))) {
				return true;
			}
		}
		return false;
	}

	static boolean acceptsGzip(String acceptEncoding) {
		if (acceptEncoding == null) {
			return false;
		}
		for (String coding : acceptEncoding.split(",")) {
			String[] parts = coding.trim().split(";");
			if (parts[0].trim().equalsIgnoreCase("gzip")) {
				return parts.length == 1 || !parts[1].trim().replace(" ", "").matches("q=0(\\.0*)?");
			}
		}
		return false;
	}

	/** Lets a HEAD request be rendered exactly as the GET it stands for. */
	private static final class AsGet extends HttpServletRequestWrapper {

		AsGet(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getMethod() {
			return "GET";
		}

	}

	/**
	 * Static resources get their {@code Cache-Control} from Spring's resource handling (a
	 * year, from {@code spring.web.resources.cache}); this makes it immutable for files
	 * whose name carries their content hash, and makes any other file revalidate, since
	 * its content may change under its name.
	 */
	private static final class AssetCacheControl extends HttpServletResponseWrapper {

		private final String value;

		AssetCacheControl(HttpServletResponse response, boolean versioned) {
			super(response);
			this.value = versioned ? IMMUTABLE : REVALIDATE;
			response.setHeader(HttpHeaders.CACHE_CONTROL, value);
		}

		@Override
		public void setHeader(String name, String ignored) {
			super.setHeader(name, HttpHeaders.CACHE_CONTROL.equalsIgnoreCase(name) ? value : ignored);
		}

		@Override
		public void addHeader(String name, String ignored) {
			if (HttpHeaders.CACHE_CONTROL.equalsIgnoreCase(name)) {
				super.setHeader(name, value);
			}
			else {
				super.addHeader(name, ignored);
			}
		}

	}

}
