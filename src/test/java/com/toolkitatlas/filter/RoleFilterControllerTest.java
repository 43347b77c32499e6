package com.toolkitatlas.filter;

import java.util.List;
import java.util.stream.IntStream;

import com.toolkitatlas.catalogue.Catalogue;
import com.toolkitatlas.support.WebSliceTest;
import com.toolkitatlas.web.Htmx;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static com.toolkitatlas.support.Rendered.html;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * How {@code /roles} and {@code /api/roles} read their parameters and answer what they
 * cannot understand, over the fixture catalogue.
 */
@WebSliceTest
class RoleFilterControllerTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Catalogue catalogue;

	@Autowired
	RoleFilterService filters;

	@Autowired
	RoleFilterParser parser;

	@Test
	void theRolesPageShowsTheFilterItReadFromTheAddress() {
		MvcTestResult result = mvc.get().uri("/roles?tool=kubernetes&language=go&minSalary=&q=").exchange();

		assertThat(result).hasStatusOk().hasViewName("roles/filter");
		assertThat(result).model().containsEntry("canonical", "/roles?tool=kubernetes&language=go");
		assertThat(result).model()
			.extractingByKey("rolesPage")
			.isEqualTo(filters.page(new FilterRequest(List.of(), List.of("kubernetes"), List.of("go"), "", "", null)));
		assertThat(result).headers().hasValue("Vary", Htmx.VARY);
		Document page = html(result);
		assertThat(page.select("#results .result__title").eachText()).containsExactly("Backend Engineer",
				"DevOps Engineer");
		assertThat(page.select("script").eachAttr("src")).anyMatch(src -> src.startsWith("/webjars/htmx.org/"));
	}

	/**
	 * Without the page cache in front, which passes a page only its known parameters: the
	 * request record still binds by its constructor alone.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "q.class.classLoader=1", "tool.class.module.classLoader.x=1", "class.module=x" })
	void aParameterThatNamesNoPartOfTheFilterIsIgnored(String query) throws Exception {
		MvcTestResult plain = mvc.get().uri("/roles?tool=kubernetes").exchange();
		MvcTestResult hostile = mvc.get().uri("/roles?tool=kubernetes&" + query).exchange();

		assertThat(hostile).hasStatusOk();
		assertThat(hostile.getResponse().getContentAsString()).isEqualTo(plain.getResponse().getContentAsString());
	}

	@Test
	void theShownCountsAreTheFacetCountsOfTheSearch() {
		Document page = html(mvc.get().uri("/roles?tool=docker").exchange());

		for (Facet facet : filters.search(new FilterRequest(null, List.of("docker"), null, null, null, null))
			.facets()) {
			for (Facet.Group group : facet.groups()) {
				for (Facet.Option option : group.options()) {
					String id = facet.parameter() + "-" + option.slug();
					assertThat(page.select("label[for=" + id + "] .facet__count").text()).as(id)
						.isEqualTo(String.valueOf(option.count()));
					assertThat(page.selectFirst("#" + id).hasAttr("disabled")).as(id).isEqualTo(!option.available());
					assertThat(page.selectFirst("#" + id).hasAttr("checked")).as(id).isEqualTo(option.selected());
				}
			}
		}
	}

	@Test
	void anHtmxRequestGetsOnlyTheChangingPartsAndTheAddressToShow() {
		MvcTestResult update = mvc.get()
			.uri("/roles?tool=kubernetes&language=")
			.header("HX-Request", "true")
			.exchange();

		assertThat(update).hasStatusOk().hasViewName("roles/filter-update");
		assertThat(update).headers().hasValue("HX-Push-Url", "/roles?tool=kubernetes").hasValue("Vary", Htmx.VARY);
		assertThat(update).body().asString().doesNotContain("<html", "<header");
	}

	@Test
	void htmxRestoringHistoryOrFollowingABoostedLinkGetsTheWholePage() {
		Document restored = html(mvc.get()
			.uri("/roles?tool=kubernetes")
			.header("HX-Request", "true")
			.header("HX-History-Restore-Request", "true")
			.exchange());
		assertThat(restored.selectFirst("h1").text()).isEqualTo("Roles by skill, tool and language");
		assertThat(restored.selectFirst("form#role-filter")).isNotNull();
		assertThat(mvc.get()
			.uri("/roles?tool=kubernetes")
			.header("HX-Request", "true")
			.header("HX-History-Restore-Request", "true")).hasViewName("roles/filter");
		assertThat(mvc.get().uri("/roles?tool=kubernetes").header("HX-Request", "true").header("HX-Boosted", "true"))
			.hasViewName("roles/filter");
		assertThat(mvc.get().uri("/roles?tool=kubernetes").header("HX-Request", "false")).hasViewName("roles/filter");
	}

	@Test
	void aFilterThatCannotBeUnderstoodIsA400PageListingEachProblemWithItsCorrection() {
		MvcTestResult result = mvc.get()
			.uri("/roles?skill=kubernetes&tool=k8s&language=pyton&language=cobol&language=go")
			.accept(MediaType.TEXT_HTML)
			.exchange();

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasViewName("error");
		Document page = html(result);
		assertThat(page.selectFirst("h1").text()).isEqualTo("This filter cannot be applied");
		assertThat(page.select(".filter-problems li").eachText()).containsExactly(
				"The catalogue has no skill “kubernetes”. Kubernetes is a tool, not a skill. Filter with Kubernetes as a tool instead",
				"The catalogue has no tool “k8s”. Did you mean Kubernetes? Filter with Kubernetes instead",
				"The catalogue has no language “pyton”. Did you mean Python? Filter with Python instead",
				"The catalogue has no language “cobol”.");
		assertThat(page.select(".filter-problems a").eachAttr("href")).containsExactly(
				"/roles?tool=kubernetes&language=go", "/roles?tool=kubernetes&language=go",
				"/roles?language=go&language=python");
		assertThat(page.select("a:contains(Apply the rest of the filter)").attr("href"))
			.isEqualTo("/roles?language=go");
		assertThat(page.select("#next a").eachAttr("href")).contains("/skills", "/tools", "/roles",
				"/roles?language=sql");
		assertThat(page.select("#next li:contains(Filter by a language) a")).hasSize(catalogue.languages().size());
	}

	@Test
	void aProgramGetsTheSameProblemsAsProblemDetailsNamingEveryParameter() {
		for (String path : List.of("/roles", "/api/roles")) {
			MvcTestResult result = mvc.get()
				.uri(path + "?tool=kubernets&minSalary=lots")
				.accept(MediaType.APPLICATION_JSON)
				.exchange();

			assertThat(result).as(path)
				.hasStatus(HttpStatus.BAD_REQUEST)
				.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
			assertThat(result).bodyJson().extractingPath("$.parameter").isEqualTo("tool,minSalary");
			assertThat(result).bodyJson().extractingPath("$.status").isEqualTo(400);
			assertThat(result).bodyJson().extractingPath("$.instance").isEqualTo(path);
			assertThat(result).bodyJson()
				.extractingPath("$.detail")
				.asString()
				.contains("The catalogue has no tool “kubernets”.", "The minimum salary must be a whole number");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "abc", "150000.50", "-5", "1000001", "99999999999999999999" })
	void aSalaryThatIsNotASensibleWholeNumberIsA400ThatSaysWhy(String salary) {
		String message = problemWith(salary);
		MvcTestResult page = mvc.get().uri("/roles?minSalary={salary}", salary).accept(MediaType.TEXT_HTML).exchange();

		assertThat(page).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(html(page).select("#problems").text()).contains(message);
		assertThat(mvc.get().uri("/roles?minSalary={salary}", salary).accept(MediaType.APPLICATION_JSON)).bodyJson()
			.extractingPath("$.parameter")
			.isEqualTo("minSalary");
	}

	@Test
	void aSearchOfThousandsOfCharactersIsA400ThatDoesNotRepeatIt() {
		MvcTestResult result = mvc.get()
			.uri("/roles?q={q}", "kubernetes ".repeat(500))
			.accept(MediaType.TEXT_HTML)
			.exchange();

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(html(result).select("#problems").text())
			.contains("The search can be at most 200 characters long; this one has 5,499.");
		assertThat(result).body().asString().doesNotContain("kubernetes kubernetes kubernetes kubernetes kubernetes");
	}

	@Test
	void tooManyValuesOfOneParameterAreA400() {
		String tools = String.join("&", IntStream.rangeClosed(1, 25).mapToObj(i -> "tool=t" + i).toList());

		assertThat(html(mvc.get().uri("/roles?" + tools).accept(MediaType.TEXT_HTML).exchange()).select("#problems")
			.text()).contains("At most 20 values of “tool” can be combined; this request has 25.");
	}

	@Test
	void markupInAnUnknownSlugOrTheSearchIsQuotedAsText() {
		MvcTestResult slug = mvc.get()
			.uri("/roles?skill={skill}", "<img src=x>")
			.accept(MediaType.TEXT_HTML)
			.exchange();
		assertThat(html(slug).select("#problems").text()).contains("The catalogue has no skill “<img src=x>”.");
		assertThat(slug).body().asString().doesNotContain("<img src=x>");

		MvcTestResult search = mvc.get()
			.uri("/roles?q={q}", "<script>alert(1)</script>")
			.accept(MediaType.TEXT_HTML)
			.exchange();
		assertThat(search).hasStatusOk();
		assertThat(search).body()
			.asString()
			.doesNotContain("<script>alert(1)")
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;");
		Document page = html(search);
		assertThat(page.selectFirst("#filter-q").val()).isEqualTo("<script>alert(1)</script>");
		assertThat(page.text()).contains("The search is plain text", "Remove Search: “<script>alert(1)</script>”");
		// No name in the fixture catalogue has a word starting with any of the three
		// words.
		assertThat(page.select("#results").text()).contains(
				"No role name, skill, tool, language, use case, hiring advice or kind of project in the catalogue matches script, alert, 1.");
	}

	@Test
	void theApiAnswersTheSameSearchAsJsonAndAsCsv() {
		MvcTestResult json = mvc.get().uri("/api/roles?tool=kubernetes&q=k8s").exchange();

		assertThat(json).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
		assertThat(json).bodyJson().extractingPath("$.count").isEqualTo(3);
		assertThat(json).bodyJson().extractingPath("$.roles[0].matched[0].shortForms").asArray().containsExactly("k8s");
		assertThat(json).bodyJson().extractingPath("$.links.csv").isEqualTo("/api/roles.csv?tool=kubernetes&q=k8s");

		MvcTestResult csv = mvc.get().uri("/api/roles.csv?tool=kubernetes").exchange();
		assertThat(csv).hasStatusOk().hasContentTypeCompatibleWith("text/csv");
		assertThat(csv).body().asString().hasLineCount(1 + 3);
	}

	/**
	 * What the parser says about a salary, in its own words (RoleFilterParserTest has
	 * them all).
	 */
	private String problemWith(String salary) {
		try {
			parser.parse(new FilterRequest(null, null, null, salary, null, null));
		}
		catch (InvalidFilterException ex) {
			return ex.problems().get(0).message();
		}
		throw new AssertionError(salary + " was understood");
	}

}
