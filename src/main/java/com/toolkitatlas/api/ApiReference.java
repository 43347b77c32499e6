package com.toolkitatlas.api;

import java.util.List;

/**
 * The API described for people: endpoints grouped by tag, as the OpenAPI description
 * lists them.
 */
public record ApiReference(String title, String version, String description, List<Group> groups) {

	public record Group(String name, String description, List<Endpoint> endpoints) {

		public String anchor() {
			return "group-" + hyphenated(name.toLowerCase());
		}
	}

	/**
	 * @param example an address to try, when the endpoint needs no path variable
	 */
	public record Endpoint(String method, String path, String summary, String description, List<Parameter> parameters,
			List<Response> responses, String example) {

		public String anchor() {
			String anchor = hyphenated((method + path).toLowerCase());
			return anchor.endsWith("-") ? anchor.substring(0, anchor.length() - 1) : anchor;
		}
	}

	/**
	 * The text with each run of characters other than a to z and 0 to 9 made one hyphen,
	 * as {@code replaceAll("[^a-z0-9]+", "-")} does, without compiling the expression on
	 * every call (three anchors an endpoint, on every request of /api: bench/RESULTS.md,
	 * "Rendering, tenth round").
	 */
	static String hyphenated(String text) {
		StringBuilder hyphenated = new StringBuilder(text.length());
		boolean inRun = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
				hyphenated.append(c);
				inRun = false;
			}
			else if (!inRun) {
				hyphenated.append('-');
				inRun = true;
			}
		}
		return hyphenated.toString();
	}

	public record Parameter(String name, String in, boolean required, String type, String description) {
	}

	public record Response(String status, String description, String mediaTypes) {
	}
}
