package com.toolkitatlas.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * A request that shows a page only the query parameters of its cache key
 * ({@link PageAddresses}): whatever the page reads, it cannot depend on a parameter the
 * key leaves out, so one cached page can never be served for an address that would have
 * rendered differently.
 */
final class KnownParameters extends HttpServletRequestWrapper {

	private final PageAddresses.Parameters known;

	private final Map<String, String[]> parameters;

	KnownParameters(HttpServletRequest request, PageAddresses.Parameters known) {
		super(request);
		this.known = known;
		Map<String, String[]> kept = new LinkedHashMap<>();
		request.getParameterMap().forEach((name, values) -> {
			if (known.contains(name)) {
				kept.put(name, values);
			}
		});
		this.parameters = Collections.unmodifiableMap(kept);
	}

	@Override
	public String getParameter(String name) {
		String[] values = parameters.get(name);
		return values == null || values.length == 0 ? null : values[0];
	}

	@Override
	public String[] getParameterValues(String name) {
		String[] values = parameters.get(name);
		return values == null ? null : values.clone();
	}

	@Override
	public Map<String, String[]> getParameterMap() {
		return parameters;
	}

	@Override
	public Enumeration<String> getParameterNames() {
		return Collections.enumeration(parameters.keySet());
	}

	/** The query without the parameters the key leaves out, or null when none is left. */
	@Override
	public String getQueryString() {
		String query = super.getQueryString();
		if (query == null) {
			return null;
		}
		StringJoiner kept = new StringJoiner("&");
		for (String pair : query.split("&")) {
			int equals = pair.indexOf('=');
			try {
				if (known.contains(
						URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8))) {
					kept.add(pair);
				}
			}
			catch (IllegalArgumentException malformed) {
				// Tomcat drops a parameter it cannot decode; so does this.
			}
		}
		return kept.length() == 0 ? null : kept.toString();
	}

}
