package com.toolkitatlas.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.springdoc.webmvc.api.OpenApiWebMvcResource;
import org.springframework.stereotype.Service;

/**
 * Builds the readable API reference from the OpenAPI description springdoc generates from
 * the controllers, so the page cannot drift from the code. Built once, on the first
 * request.
 */
@Service
public class ApiReferenceService {

	private final OpenApiWebMvcResource openApi;

	private volatile ApiReference reference;

	public ApiReferenceService(OpenApiWebMvcResource openApi) {
		this.openApi = openApi;
	}

	public ApiReference reference(HttpServletRequest request) {
		ApiReference built = reference;
		if (built == null) {
			built = build(read(request));
			reference = built;
		}
		return built;
	}

	private OpenAPI read(HttpServletRequest request) {
		try {
			return Json.mapper().readValue(openApi.openapiJson(request, "/v3/api-docs", Locale.ENGLISH), OpenAPI.class);
		}
		catch (Exception e) {
			throw new IllegalStateException("The OpenAPI description could not be read", e);
		}
	}

	static ApiReference build(OpenAPI api) {
		Map<String, List<ApiReference.Endpoint>> byTag = new LinkedHashMap<>();
		Map<String, String> tagDescriptions = new LinkedHashMap<>();
		if (api.getTags() != null) {
			for (Tag tag : api.getTags()) {
				tagDescriptions.put(tag.getName(), tag.getDescription());
			}
		}
		api.getPaths().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
			for (Map.Entry<PathItem.HttpMethod, Operation> operation : entry.getValue()
				.readOperationsMap()
				.entrySet()) {
				Operation op = operation.getValue();
				String tag = op.getTags() == null || op.getTags().isEmpty() ? "Other" : op.getTags().get(0);
				byTag.computeIfAbsent(tag, t -> new ArrayList<>())
					.add(endpoint(operation.getKey().name(), entry.getKey(), op));
			}
		});
		List<ApiReference.Group> groups = byTag.entrySet()
			.stream()
			.map(entry -> new ApiReference.Group(entry.getKey(), tagDescriptions.get(entry.getKey()), entry.getValue()))
			.toList();
		return new ApiReference(api.getInfo().getTitle(), api.getInfo().getVersion(), api.getInfo().getDescription(),
				groups);
	}

	private static ApiReference.Endpoint endpoint(String method, String path, Operation op) {
		List<ApiReference.Parameter> parameters = op.getParameters() == null ? List.of()
				: op.getParameters()
					.stream()
					.map(p -> new ApiReference.Parameter(p.getName(), p.getIn(), Boolean.TRUE.equals(p.getRequired()),
							type(p.getSchema()), p.getDescription()))
					.toList();
		List<ApiReference.Response> responses = op.getResponses() == null ? List.of() : op.getResponses()
			.entrySet()
			.stream()
			.map(r -> new ApiReference.Response(r.getKey(), r.getValue().getDescription(),
					r.getValue().getContent() == null ? "" : String.join(", ", r.getValue().getContent().keySet())))
			.toList();
		return new ApiReference.Endpoint(method, path, op.getSummary(), op.getDescription(), parameters, responses,
				example(path, op.getParameters()));
	}

	/**
	 * An address to try: the path with the parameters' documented examples, or null when
	 * a path variable or a required parameter has none (a link that answers 400 helps
	 * nobody).
	 */
	private static String example(String path, List<Parameter> parameters) {
		String address = path;
		List<String> query = new ArrayList<>();
		for (Parameter parameter : parameters == null ? List.<Parameter>of() : parameters) {
			Object example = parameter.getExample();
			if (example == null) {
				if (Boolean.TRUE.equals(parameter.getRequired())) {
					return null;
				}
			}
			else if ("path".equals(parameter.getIn())) {
				address = address.replace("{" + parameter.getName() + "}", example.toString());
			}
			else if ("query".equals(parameter.getIn())) {
				query.add(parameter.getName() + "=" + example);
			}
		}
		if (address.contains("{")) {
			return null;
		}
		return query.isEmpty() ? address : address + "?" + String.join("&", query);
	}

	private static String type(Schema<?> schema) {
		if (schema == null) {
			return "";
		}
		if ("array".equals(schema.getType()) && schema.getItems() != null) {
			return "list of " + Objects.requireNonNullElse(schema.getItems().getType(), "values");
		}
		return Objects.requireNonNullElse(schema.getType(), "");
	}

}
