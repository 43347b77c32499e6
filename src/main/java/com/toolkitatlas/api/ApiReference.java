package com.toolkitatlas.api;

import java.util.List;

import com.toolkitatlas.html.Markup;

/**
 * The API described for people: endpoints grouped by tag, as the OpenAPI description
 * lists them.
 */
public record ApiReference(String title, String version, String description, List<Group> groups) {

	/**
	 * The table of contents as the items of its list: a link to each endpoint, group
	 * after group. Written here, on each request, rather than by the template's loops:
	 * the reference's loops were most of its page's cost (bench/RESULTS.md, "Rendering,
	 * eleventh round").
	 */
	public String contentsMarkup() {
		Markup html = new Markup(96 * endpointCount());
		for (Group group : groups) {
			html.tag("\n");
			for (Endpoint endpoint : group.endpoints()) {
				html.tag("<li><a")
					.attribute("href", "#" + endpoint.anchor())
					.tag(">")
					.text(endpoint.heading())
					.tag("</a></li>\n");
			}
		}
		return html.toString();
	}

	/**
	 * Every group as the page prints it: a section with its heading and description, then
	 * each endpoint's summary, description, an address to try, its parameters and its
	 * responses. Written here for the reason {@link #contentsMarkup} is.
	 */
	public String groupsMarkup() {
		Markup html = new Markup(1200 * endpointCount());
		for (int i = 0; i < groups.size(); i++) {
			if (i > 0) {
				html.tag("\n");
			}
			groups.get(i).writeTo(html);
		}
		return html.toString();
	}

	private int endpointCount() {
		int endpoints = 0;
		for (Group group : groups) {
			endpoints += group.endpoints().size();
		}
		return endpoints;
	}

	public record Group(String name, String description, List<Endpoint> endpoints) {

		public String anchor() {
			return "group-" + hyphenated(name.toLowerCase());
		}

		void writeTo(Markup html) {
			String anchor = anchor();
			html.tag("<section")
				.attribute("aria-labelledby", anchor)
				.tag(">\n<h2")
				.attribute("id", anchor)
				.tag(">")
				.text(name)
				.tag("</h2>\n");
			if (description != null) {
				html.tag("<p>").text(description).tag("</p>");
			}
			html.tag("\n");
			for (Endpoint endpoint : endpoints) {
				endpoint.writeTo(html);
				html.tag("\n");
			}
			html.tag("</section>");
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

		/** The endpoint as its heading names it: "GET /api/roles". */
		public String heading() {
			return method + " " + path;
		}

		void writeTo(Markup html) {
			String anchor = anchor();
			String heading = heading();
			html.tag("<article class=\"endpoint\"")
				.attribute("aria-labelledby", anchor)
				.tag(">\n<h3")
				.attribute("id", anchor)
				.tag("><code>")
				.text(heading)
				.tag("</code></h3>\n");
			if (summary != null) {
				html.tag("<p><strong>").text(summary).tag("</strong></p>");
			}
			html.tag("\n");
			if (description != null) {
				html.tag("<p>").text(description).tag("</p>");
			}
			html.tag("\n");
			if (example != null) {
				html.tag("<p>Try it: ").link(example, example).tag("</p>");
			}
			html.tag("\n");
			if (!parameters.isEmpty()) {
				writeTableStart(html, "Parameters of " + heading);
				html.tag("<thead><tr><th scope=\"col\">Name</th><th scope=\"col\">In</th><th scope=\"col\">Type</th>"
						+ "<th scope=\"col\">Required</th><th scope=\"col\">Meaning</th></tr></thead>\n<tbody>\n");
				for (Parameter parameter : parameters) {
					html.tag("<tr>\n<th scope=\"row\"><code>")
						.text(parameter.name())
						.tag("</code></th>\n<td>")
						.text(parameter.in())
						.tag("</td>\n<td>")
						.text(parameter.type())
						.tag(parameter.required() ? "</td>\n<td>yes</td>\n<td>" : "</td>\n<td>no</td>\n<td>")
						.text(parameter.description() == null ? "" : parameter.description())
						.tag("</td>\n</tr>\n");
				}
				html.tag("</tbody>\n</table>\n</div>");
			}
			html.tag("\n");
			writeTableStart(html, "Responses of " + heading);
			html.tag("<thead><tr><th scope=\"col\">Status</th><th scope=\"col\">Meaning</th>"
					+ "<th scope=\"col\">Media type</th></tr></thead>\n<tbody>\n");
			for (Response response : responses) {
				html.tag("<tr>\n<th scope=\"row\">")
					.text(response.status())
					.tag("</th>\n<td>")
					.text(response.description())
					.tag("</td>\n<td>")
					.text(response.mediaTypes())
					.tag("</td>\n</tr>\n");
			}
			html.tag("</tbody>\n</table>\n</div>\n</article>");
		}

		/** A scrolling region holding a table, both named by its caption. */
		private static void writeTableStart(Markup html, String caption) {
			html.tag("<div class=\"table-scroll\" tabindex=\"0\" role=\"region\"")
				.attribute("aria-label", caption)
				.tag(">\n<table>\n<caption>")
				.text(caption)
				.tag("</caption>\n");
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
