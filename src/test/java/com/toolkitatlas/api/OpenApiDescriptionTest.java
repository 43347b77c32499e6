package com.toolkitatlas.api;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.toolkitatlas.catalogue.Tool;
import com.toolkitatlas.pick.PickGuide;
import com.toolkitatlas.support.Page;
import com.toolkitatlas.support.Site;
import com.toolkitatlas.support.WebTest;

import com.toolkitatlas.filter.FilterRequest;
import com.toolkitatlas.filter.RoleOrder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.info.BuildProperties;
import org.springframework.core.io.ClassPathResource;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI description lists exactly the API the application serves, and the reference
 * page shows it.
 */
@WebTest
class OpenApiDescriptionTest {

	@Autowired
	Site site;

	@Autowired
	JsonMapper json;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void describesEveryApiEndpointTheApplicationServes() {
		Set<String> served = new TreeSet<>();
		mappings.getHandlerMethods()
			.keySet()
			.forEach(info -> info.getPatternValues()
				.stream()
				.filter(pattern -> pattern.startsWith("/api/"))
				.forEach(served::add));
		JsonNode description = json.readTree(site.getJson("/v3/api-docs").body());
		Set<String> described = new TreeSet<>(description.get("paths").propertyNames());

		assertThat(served).contains("/api/roles", "/api/roles/{slug}", "/api/roles.csv", "/api/sources");
		assertThat(described).isEqualTo(served);
		assertThat(description.get("openapi").asString()).startsWith("3.");
		assertThat(description.get("info").get("title").asString()).isEqualTo("Toolkit Atlas API");
	}

	@Test
	void theServedDescriptionIsTheGeneratedCopyWithTheSiteAddressAndTheBuildVersion(
			@Autowired ObjectProvider<BuildProperties> build, @Value("${atlas.public-url}") String publicUrl)
			throws IOException {
		Page served = site.getJson("/v3/api-docs");
		JsonNode description = json.readTree(served.body());
		JsonNode generated;
		try (InputStream in = new ClassPathResource(ApiDescription.RESOURCE).getInputStream()) {
			generated = json.readTree(in);
		}

		assertThat(served.header("Content-Type")).isEqualTo("application/json");
		assertThat(description.get("servers").valueStream().map(server -> server.get("url").asString()))
			.containsExactly(publicUrl.replaceAll("/$", ""));
		assertThat(description.get("info").get("version").asString())
			.isEqualTo(build.stream().map(BuildProperties::getVersion).findFirst().orElse(ApiDescription.UNVERSIONED));
		ObjectNode rest = (ObjectNode) description.deepCopy();
		rest.remove("servers");
		((ObjectNode) rest.get("info")).set("version", generated.get("info").get("version"));
		assertThat(rest).isEqualTo(generated);
		assertThat(List.copyOf(description.propertyNames())).as("springdoc's order")
			.containsExactly("openapi", "info", "servers", "tags", "paths", "components");
	}

	@Test
	void theFilterParametersAreDescribedOnceForEveryAddressThatTakesThem() {
		JsonNode paths = json.readTree(site.getJson("/v3/api-docs").body()).get("paths");

		for (String path : List.of("/api/roles", "/api/roles.csv")) {
			JsonNode parameters = paths.get(path).get("get").get("parameters");
			assertThat(parameters.findValuesAsString("name")).as(path)
				.containsExactlyElementsOf(java.util.Arrays.stream(FilterRequest.class.getRecordComponents())
					.map(java.lang.reflect.RecordComponent::getName)
					.toList());
			assertThat(parameters.findValuesAsString("description")).as(path).allMatch(text -> !text.isBlank());
			JsonNode sort = parameters.findParents("name")
				.stream()
				.filter(parameter -> parameter.get("name").asString().equals("sort"))
				.findFirst()
				.orElseThrow();
			assertThat(java.util.stream.StreamSupport.stream(sort.get("schema").get("enum").spliterator(), false)
				.map(JsonNode::asString)
				.toList()).as(path).isEqualTo(RoleOrder.VALUES);
		}
		assertThat(paths.get("/api/roles.csv").get("get").get("responses").get("200").get("content").propertyNames())
			.containsExactly("text/csv");
	}

	@Test
	void theQuestionnaireParametersAreTheQuestionsOfTheGuideWithTheAnswersEachTakes(@Autowired PickGuide guide) {
		JsonNode parameters = json.readTree(site.getJson("/v3/api-docs").body())
			.get("paths")
			.get("/api/pick")
			.get("get")
			.get("parameters");

		assertThat(parameters.findValuesAsString("name"))
			.containsExactlyElementsOf(guide.questions().stream().map(PickGuide.Question::slug).toList());
		for (PickGuide.Question question : guide.questions()) {
			JsonNode parameter = parameters.valueStream()
				.filter(p -> p.get("name").asString().equals(question.slug()))
				.findFirst()
				.orElseThrow();
			JsonNode schema = question.multiple() ? parameter.get("schema").get("items") : parameter.get("schema");
			List<String> answers = schema.get("enum").valueStream().map(JsonNode::asString).toList();
			assertThat(answers).as(question.slug())
				.containsExactlyElementsOf(question.source() == PickGuide.OptionSource.TOOLS
						? guide.tools().stream().map(Tool::slug).toList()
						: question.options().stream().map(PickGuide.Option::slug).toList());
			assertThat(parameter.get("description").asString()).contains(question.prompt());
		}
	}

	@Test
	void theReferencePageListsEveryEndpointWithWhatItReturns() {
		Page page = site.get("/api");
		JsonNode description = json.readTree(site.getJson("/v3/api-docs").body());

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.h1()).isEqualTo("JSON API");
		for (String path : description.get("paths").propertyNames()) {
			assertThat(page.document().select("h3 code").eachText()).contains("GET " + path);
		}
		assertThat(page.text()).contains("application/problem+json", "One role in full");
		assertThat(page.links()).contains("/v3/api-docs", "/api/roles");
	}

	@Test
	void everyTryItLinkOfTheReferenceAnswersWithWhatItDescribes() {
		Page page = site.get("/api");
		List<String> examples = page.document().select("p:matchesOwn(^Try it:) a[href]").eachAttr("href");

		assertThat(examples).as("the endpoints of the comparison have an example too")
			.anyMatch(href -> href.startsWith("/api/compare?"))
			.anyMatch(href -> href.startsWith("/api/compare.csv?"));
		for (String example : examples) {
			assertThat(site.get(example).status()).as(example).isEqualTo(200);
		}
	}

	@Test
	void theApiHasAPlaceInTheMainNavigation() {
		Page home = site.get("/");

		assertThat(home.document().select("nav.site-nav a[href=/api]").eachText()).containsExactly("API");
		assertThat(site.get("/api").select("nav.site-nav a[aria-current=page]").text()).isEqualTo("API");
	}

}
