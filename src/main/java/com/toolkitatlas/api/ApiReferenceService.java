package com.toolkitatlas.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Service;

/**
 * Builds the readable API reference from the OpenAPI description springdoc generates from
 * the controllers ({@link ApiDescription}), so the page cannot drift from the code. Built
 * once, at start-up.
 */
@Service
public class ApiReferenceService {

	/** The operations of a path item, in the order swagger lists them. */
	private static final List<String> METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch",
			"trace");

	private final ApiReference reference;

	public ApiReferenceService(ApiDescription description) {
		this.reference = build(description.document());
	}

	public ApiReference reference() {
		return this.reference;
	}

	static ApiReference build(JsonNode api) {
		Map<String, List<ApiReference.Endpoint>> byTag = new LinkedHashMap<>();
		Map<String, String> tagDescriptions = new LinkedHashMap<>();
		for (JsonNode tag : api.path("tags")) {
			tagDescriptions.put(tag.path("name").asString(), text(tag, "description"));
		}
		api.path("paths").properties().stream().sorted(Map.Entry.comparingByKey()).forEach(path -> {
			for (String method : METHODS) {
				JsonNode operation = path.getValue().get(method);
				if (operation != null) {
					JsonNode tags = operation.path("tags");
					String tag = tags.isEmpty() ? "Other" : tags.get(0).asString();
					byTag.computeIfAbsent(tag, t -> new ArrayList<>())
						.add(endpoint(method.toUpperCase(Locale.ROOT), path.getKey(), operation));
				}
			}
		});
		List<ApiReference.Group> groups = byTag.entrySet()
			.stream()
			.map(entry -> new ApiReference.Group(entry.getKey(), tagDescriptions.get(entry.getKey()), entry.getValue()))
			.toList();
		JsonNode info = api.path("info");
		return new ApiReference(text(info, "title"), text(info, "version"), text(info, "description"), groups);
	}

	private static ApiReference.Endpoint endpoint(String method, String path, JsonNode operation) {
		List<ApiReference.Parameter> parameters = operation.path("parameters")
			.valueStream()
			.map(p -> new ApiReference.Parameter(text(p, "name"), text(p, "in"), p.path("required").asBoolean(false),
					type(p.path("schema")), text(p, "description")))
			.toList();
		List<ApiReference.Response> responses = operation.path("responses")
			.properties()
			.stream()
			.map(r -> new ApiReference.Response(r.getKey(), text(r.getValue(), "description"),
					String.join(", ", r.getValue().path("content").propertyNames())))
			.toList();
		return new ApiReference.Endpoint(method, path, text(operation, "summary"), text(operation, "description"),
				parameters, responses, example(path, operation.path("parameters")));
	}

	/**
	 * An address to try: the path with the parameters' documented examples, or null when
	 * a path variable or a required parameter has none (a link that answers 400 helps
	 * nobody).
	 */
	private static String example(String path, JsonNode parameters) {
		String address = path;
		List<String> query = new ArrayList<>();
		for (JsonNode parameter : parameters) {
			JsonNode example = parameter.get("example");
			String name = text(parameter, "name");
			if (example == null || example.isNull()) {
				if (parameter.path("required").asBoolean(false)) {
					return null;
				}
			}
			else if ("path".equals(text(parameter, "in"))) {
				address = address.replace("{" + name + "}", value(example));
			}
			else if ("query".equals(text(parameter, "in"))) {
				query.add(name + "=" + value(example));
			}
		}
		if (address.contains("{")) {
			return null;
		}
		return query.isEmpty() ? address : address + "?" + String.join("&", query);
	}

	/**
	 * A schema's type as people read it; OpenAPI 3.1 may give a list of types (a nullable
	 * one adds "null").
	 */
	private static String type(JsonNode schema) {
		String type = single(schema.path("type"));
		if ("array".equals(type) && schema.has("items")) {
			String items = single(schema.get("items").path("type"));
			return "list of " + (items.isEmpty() ? "values" : items);
		}
		return type;
	}

	private static String single(JsonNode type) {
		if (type.isArray()) {
			return type.valueStream().map(JsonNode::asString).filter(t -> !t.equals("null")).findFirst().orElse("");
		}
		return type.isString() ? type.asString() : "";
	}

	/** A text property, or null where the description has none. */
	private static String text(JsonNode node, String property) {
		JsonNode value = node.get(property);
		return value == null || value.isNull() ? null : value.asString();
	}

	private static String value(JsonNode example) {
		return example.isValueNode() ? example.asString() : example.toString();
	}

}
