package com.toolkitatlas.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.info.BuildProperties;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The OpenAPI description of the API, as the application serves it. springdoc generates
 * it from the controllers in the build, and the copy it generated is checked in
 * ({@value #RESOURCE}; {@code OpenApiDocumentTest} fails when the controllers have moved
 * on and says how to refresh it): generating it in the running application took
 * springdoc, swagger-core, Jackson 2 and Hibernate Validator, 2,175 classes held in
 * memory for a document that changes only with a release. The copy is completed here with
 * what only the running application knows: the site's configured public address as its
 * server (never one taken from the request, {@code Host} or {@code X-Forwarded-Host},
 * since the description is cached and served to everyone) and the build's version.
 */
@Component
public class ApiDescription {

	/** The generated description, on the class path. */
	static final String RESOURCE = "api/openapi.json";

	/** The version the generated copy carries, and the application's outside a build. */
	static final String UNVERSIONED = "development";

	private final JsonNode document;

	private final byte[] bytes;

	ApiDescription(JsonMapper json, ObjectProvider<BuildProperties> build,
			@Value("${atlas.public-url}") String publicUrl) {
		String version = build.stream().map(BuildProperties::getVersion).findFirst().orElse(UNVERSIONED);
		this.document = completed(json, read(json), withoutTrailingSlash(publicUrl), version);
		this.bytes = json.writeValueAsBytes(this.document);
	}

	/** The description as served, for the reference page. */
	public JsonNode document() {
		return this.document;
	}

	/** The description as served, in JSON. */
	byte[] bytes() {
		return this.bytes;
	}

	private static JsonNode read(JsonMapper json) {
		try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
			return json.readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The OpenAPI description " + RESOURCE + " could not be read", ex);
		}
	}

	/**
	 * The generated copy with a server after its {@code info}, where springdoc puts it.
	 */
	private static JsonNode completed(JsonMapper json, JsonNode generated, String publicUrl, String version) {
		ObjectNode served = json.createObjectNode();
		for (Map.Entry<String, JsonNode> property : generated.properties()) {
			served.set(property.getKey(), property.getValue().deepCopy());
			if (property.getKey().equals("info")) {
				((ObjectNode) served.get("info")).put("version", version);
				served.putArray("servers").addObject().put("url", publicUrl);
			}
		}
		return served;
	}

	private static String withoutTrailingSlash(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

}
