package com.toolkitatlas.api;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import com.toolkitatlas.pick.PickApiParameters;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springdoc.webmvc.api.OpenApiWebMvcResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.fail;

/**
 * The OpenAPI description the application serves is the one springdoc generates from the
 * controllers today. springdoc runs here, in the build, and not in the application (it
 * would hold swagger-core, Jackson 2 and Hibernate Validator in memory for a document
 * that changes only with a release): this test has it generate the description and
 * compares it with the checked-in copy, {@code src/main/resources/api/openapi.json}. When
 * a controller, its documentation or the questions of the how-to-pick guide change, the
 * test fails and says how to refresh the copy:
 * {@code ./mvnw test -Dtest=OpenApiDocumentTest -Dopenapi.refresh=true}.
 */
@SpringBootTest(properties = "springdoc.api-docs.enabled=true")
@Import(PickApiParameters.class)
@Tag("application")
class OpenApiDocumentTest {

	private static final Path CHECKED_IN = Path.of("src/main/resources", ApiDescription.RESOURCE);

	private static final String REFRESH = "./mvnw test -Dtest=OpenApiDocumentTest -Dopenapi.refresh=true";

	@Autowired
	OpenApiWebMvcResource springdoc;

	@Autowired
	JsonMapper json;

	@Test
	void theCheckedInDescriptionIsTheOneSpringdocGeneratesFromTheControllers() throws Exception {
		JsonNode generated = generated();
		if (Boolean.getBoolean("openapi.refresh")) {
			Files.writeString(CHECKED_IN, json.writerWithDefaultPrettyPrinter().writeValueAsString(generated) + "\n");
			return;
		}
		JsonNode checkedIn;
		try (InputStream in = new ClassPathResource(ApiDescription.RESOURCE).getInputStream()) {
			checkedIn = json.readTree(in);
		}
		if (!checkedIn.equals(generated)) {
			fail("%s is not the OpenAPI description springdoc generates from the controllers: %s. Refresh it with%n  %s"
				.formatted(CHECKED_IN, firstDifference("", checkedIn, generated), REFRESH));
		}
	}

	/**
	 * springdoc's description without its server, which it takes from the request; the
	 * application names its configured public address instead.
	 */
	private JsonNode generated() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/generated/v3/api-docs");
		ObjectNode generated = (ObjectNode) json
			.readTree(springdoc.openapiJson(request, "/generated/v3/api-docs", Locale.ENGLISH));
		generated.remove("servers");
		return generated;
	}

	/** Where two descriptions first part, as a JSON pointer with both values. */
	private static String firstDifference(String pointer, JsonNode checkedIn, JsonNode generated) {
		if (checkedIn != null && generated != null && checkedIn.isContainer() && generated.isContainer()
				&& checkedIn.isObject() == generated.isObject()) {
			Set<String> names = new LinkedHashSet<>();
			if (checkedIn.isObject()) {
				names.addAll(checkedIn.propertyNames());
				names.addAll(generated.propertyNames());
			}
			else {
				for (int i = 0; i < Math.max(checkedIn.size(), generated.size()); i++) {
					names.add(String.valueOf(i));
				}
			}
			for (String name : names) {
				JsonNode a = checkedIn.isObject() ? checkedIn.get(name) : checkedIn.get(Integer.parseInt(name));
				JsonNode b = generated.isObject() ? generated.get(name) : generated.get(Integer.parseInt(name));
				if (a == null || !a.equals(b)) {
					return firstDifference(pointer + "/" + name.replace("~", "~0").replace("/", "~1"), a, b);
				}
			}
		}
		return "at %s the checked-in copy has %s, springdoc generates %s".formatted(pointer.isEmpty() ? "/" : pointer,
				abbreviated(checkedIn), abbreviated(generated));
	}

	private static String abbreviated(JsonNode node) {
		String text = node == null ? "nothing" : node.toString();
		return text.length() > 200 ? text.substring(0, 200) + "…" : text;
	}

}
