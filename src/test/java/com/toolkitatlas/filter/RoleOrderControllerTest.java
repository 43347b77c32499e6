package com.toolkitatlas.filter;

import java.util.List;

import com.toolkitatlas.support.WebSliceTest;

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
 * How {@code /roles} and {@code /api/roles} read {@code sort}: an order the form offers
 * and every link keeps, and a clear 400 for any other value, over the fixture catalogue.
 */
@WebSliceTest
class RoleOrderControllerTest {

	@Autowired
	MockMvcTester mvc;

	@Test
	void theFormOffersEveryOrderWithTheChosenOneCheckedAndTheLinksKeepIt() {
		MvcTestResult result = mvc.get().uri("/roles?tool=kubernetes&sort=growth").exchange();

		assertThat(result).hasStatusOk().hasViewName("roles/filter");
		assertThat(result).model().containsEntry("canonical", "/roles?tool=kubernetes&sort=growth");
		Document page = html(result);
		assertThat(page.select("#role-filter input[name=sort]").eachAttr("value")).containsExactlyElementsOf(
				java.util.stream.Stream.concat(java.util.stream.Stream.of(""), RoleOrder.VALUES.stream()).toList());
		assertThat(page.select("#role-filter input[name=sort][checked]").eachAttr("value")).containsExactly("growth");
		assertThat(page.select("#role-filter label[for=sort-growth]").text()).isEqualTo(RoleOrder.GROWTH.choice());
		assertThat(page.select("#role-filter input[name=sort]").eachAttr("id")).as("each with its label")
			.containsExactly("sort-site", "sort-pay", "sort-growth")
			.allMatch(id -> !page.select("#role-filter label[for=" + id + "]").text().isEmpty());
		assertThat(page.select("#role-filter label[for=sort-site]").text()).isEqualTo(RoleOrder.SITE.choice());
		assertThat(page.select(".applied a.chip").eachAttr("href")).contains("/roles?sort=growth");
		assertThat(page.select("#results .note strong").text()).startsWith("Sorted by projected growth in jobs");
		assertThat(page.select("#results .result__pay").eachText()).anyMatch(text -> text
			.startsWith("Projected growth in jobs: not given by the sources for 15-0000 Fixture occupation (BLS), US"));

		Document siteOrder = html(mvc.get().uri("/roles?tool=kubernetes&sort=").exchange());
		assertThat(siteOrder.select("#role-filter input[name=sort][checked]").eachAttr("value")).containsExactly("");
		assertThat(siteOrder.select("#results .note strong")).isEmpty();
	}

	@Test
	void htmxGetsTheResultsInTheChosenOrderAndTheAddressWithIt() {
		MvcTestResult update = mvc.get().uri("/roles?sort=pay&tool=kubernetes").header("HX-Request", "true").exchange();

		assertThat(update).hasViewName("roles/filter-update");
		assertThat(update).headers().hasValue("HX-Push-Url", "/roles?tool=kubernetes&sort=pay");
	}

	@ParameterizedTest
	@ValueSource(strings = { "salary", "PAY", " pay", "pay,growth", "<b>pay</b>" })
	void anyOtherOrderIsA400ThatListsTheOrdersThereAre(String sort) {
		String listed = "The roles can be sorted by “pay” or “growth”, or left in the site's order without “sort”";
		MvcTestResult page = mvc.get()
			.uri("/roles?tool=kubernetes&sort={sort}", sort)
			.accept(MediaType.TEXT_HTML)
			.exchange();

		assertThat(page).hasStatus(HttpStatus.BAD_REQUEST).hasViewName("error");
		Document document = html(page);
		assertThat(document.select("#problems").text()).contains(listed);
		assertThat(document.select("a:contains(Apply the rest of the filter)").attr("href"))
			.isEqualTo("/roles?tool=kubernetes");
		assertThat(page).body().asString().doesNotContain("<b>pay</b>");

		for (String path : List.of("/roles", "/api/roles", "/api/roles.csv")) {
			MvcTestResult problem = mvc.get()
				.uri(path + "?sort={sort}", sort)
				.accept(MediaType.APPLICATION_JSON)
				.exchange();
			assertThat(problem).as(path)
				.hasStatus(HttpStatus.BAD_REQUEST)
				.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
			assertThat(problem).bodyJson().extractingPath("$.parameter").isEqualTo("sort");
			assertThat(problem).bodyJson().extractingPath("$.detail").asString().contains(listed);
		}
	}

	@Test
	void theApiSortsByTheSameParameterAndSaysWhatEachRoleWasSortedBy() {
		MvcTestResult json = mvc.get().uri("/api/roles?sort=pay").exchange();

		assertThat(json).hasStatusOk();
		assertThat(json).bodyJson().extractingPath("$.filter.sort").isEqualTo("pay");
		assertThat(json).bodyJson().extractingPath("$.links.html").isEqualTo("/roles?sort=pay");
		assertThat(json).bodyJson().extractingPath("$.roles[0].sortedBy.measure").isEqualTo("MEDIAN");
		assertThat(json).bodyJson().extractingPath("$.roles[0].sortedBy.socCode").isEqualTo("15-0000");
		assertThat(mvc.get().uri("/api/roles")).bodyJson().extractingPath("$.roles[0].sortedBy").isNull();
	}

}
