package com.toolkitatlas.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The security headers of every response, set before anything else runs so that pages,
 * errors, assets and the actuator all carry them. Responses that Tomcat writes itself,
 * for requests it refuses before the application sees them, get the same headers from
 * {@link SiteErrorReportValve}.
 */
public class SecurityHeaders extends OncePerRequestFilter {

	/**
	 * Everything from this origin only (scripts, styles, images, fonts and requests all
	 * fall back to {@code default-src}), and nothing inline: no inline scripts, styles or
	 * event attributes anywhere, so neither {@code unsafe-inline} nor
	 * {@code unsafe-eval}. No plugins, no {@code <base>}, forms only to this site, and no
	 * framing by anyone.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; object-src 'none'; base-uri 'none'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/**
	 * In a fixed order, so that every response and every instance sends the same bytes (a
	 * {@code Map.of} would change its order with every start of the JVM).
	 */
	private static final List<Map.Entry<String, String>> HEADERS = List.of(
			Map.entry("Content-Security-Policy", CONTENT_SECURITY_POLICY),
			Map.entry("X-Content-Type-Options", "nosniff"), Map.entry("X-Frame-Options", "DENY"),
			Map.entry("Referrer-Policy", "strict-origin-when-cross-origin"),
			Map.entry("Permissions-Policy", "camera=(), geolocation=(), microphone=(), payment=(), usb=()"),
			Map.entry("Cross-Origin-Opener-Policy", "same-origin"));

	/** Sets the headers on a response, wherever it is written. */
	public static void applyTo(HttpServletResponse response) {
		HEADERS.forEach(header -> response.setHeader(header.getKey(), header.getValue()));
	}

	/** Error pages are rendered in a second dispatch; they carry the headers too. */
	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		applyTo(response);
		chain.doFilter(request, response);
	}

}
