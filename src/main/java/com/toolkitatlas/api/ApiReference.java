package com.toolkitatlas.api;

import java.util.List;

/**
 * The API described for people: endpoints grouped by tag, as the OpenAPI description
 * lists them.
 */
public record ApiReference(String title, String version, String description, List<Group> groups) {

	public record Group(String name, String description, List<Endpoint> endpoints) {

		public String anchor() {
			return "group-" + name.toLowerCase().replaceAll("[^a-z0-9]+", "-");
		}
	}

	/**
	 * @param example an address to try, when the endpoint needs no path variable
	 */
	public record Endpoint(String method, String path, String summary, String description, List<Parameter> parameters,
			List<Response> responses, String example) {

		public String anchor() {
			return (method + path).toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("-$", "");
		}
	}

	public record Parameter(String name, String in, boolean required, String type, String description) {
	}

	public record Response(String status, String description, String mediaTypes) {
	}
}
