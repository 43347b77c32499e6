package com.toolkitatlas.compare;

import java.util.List;

import com.toolkitatlas.catalogue.Catalogue;
import com.toolkitatlas.support.WebSliceTest;
import com.toolkitatlas.web.English;

import static com.toolkitatlas.support.Rendered.html;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the comparison addresses answer, over the fixture catalogue: pages, redirects to
 * the canonical address, and refusals that say what was wrong and offer the picker again,
 * as a page or as problem details.
 */
@WebSliceTest
class CompareControllerTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Catalogue catalogue;

	@Test
	void withoutAChoiceTheComparePageIsThePicker() {
		MvcTestResult result = mvc.get().uri("/compare").exchange();

		assertThat(result).hasStatusOk().hasViewName("compare/picker");
		assertThat(result).model()
			.extractingByKey("picker")
			.isEqualTo(new ComparePicker(catalogue.roles(), List.of(), catalogue.pairs()));
	}

	@Test
	void aPairInCanonicalOrderIsShownWithItsCanonicalAddress() {
		MvcTestResult result = mvc.get().uri("/compare/ml-engineer-vs-data-engineer").exchange();

		assertThat(result).hasStatusOk().hasViewName("compare/pair");
		assertThat(result).model().containsEntry("canonical", "/compare/ml-engineer-vs-data-engineer");
		Document page = html(result);
		assertThat(page.selectFirst("h1").text()).isEqualTo("Machine Learning Engineer vs Data Engineer");
	}

	@Test
	void thePairInTheOtherOrderRedirectsPermanently() {
		assertThat(mvc.get().uri("/compare/data-engineer-vs-ml-engineer")).hasStatus(HttpStatus.MOVED_PERMANENTLY)
			.hasRedirectedUrl("/compare/ml-engineer-vs-data-engineer");
		assertThat(mvc.get().uri("/compare/data-engineer-vs-data-engineer")).hasStatus(HttpStatus.MOVED_PERMANENTLY)
			.hasRedirectedUrl("/roles/data-engineer");
	}

	@Test
	void severalRolesShareOneTableAndTwoGoToTheirPairForThisRequestOnly() {
		MvcTestResult three = mvc.get()
			.uri("/compare?roles=research-scientist,ml-engineer&roles=data-engineer")
			.exchange();
		assertThat(three).hasStatusOk().hasViewName("compare/roles");
		assertThat(three).model()
			.containsEntry("canonical", "/compare?roles=ml-engineer,data-engineer,research-scientist");

		assertThat(mvc.get().uri("/compare?roles=data-engineer,ml-engineer")).hasStatus(HttpStatus.SEE_OTHER)
			.hasRedirectedUrl("/compare/ml-engineer-vs-data-engineer");
		assertThat(mvc.get().uri("/compare?roles=research-scientist&roles=devops-engineer"))
			.hasStatus(HttpStatus.SEE_OTHER)
			.hasRedirectedUrl("/compare/devops-engineer-vs-research-scientist");
		assertThat(mvc.get().uri("/compare?roles=devops-engineer,devops-engineer")).hasStatus(HttpStatus.SEE_OTHER)
			.hasRedirectedUrl("/roles/devops-engineer");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"ml-engineer                                   | 400 | Only one role was chosen (Machine Learning Engineer). A comparison needs at least two",
			"ml-engineer,data-engineer,ml-engineer         | 400 | Machine Learning Engineer was chosen more than once",
			"a,b,c,d,e,f,g                                 | 400 | 7 roles were asked for, but a comparison holds at most",
			"ml-engineer,astronaut                         | 404 | There is no role called “astronaut”",
			"''                                            | 400 | No role was chosen" })
	void aBadChoiceSaysWhatWasWrongAndOffersThePickerWithTheKnownRolesTicked(String roles, int status, String message) {
		MvcTestResult result = mvc.get().uri("/compare?roles=" + roles).accept(MediaType.TEXT_HTML).exchange();

		assertThat(result).hasStatus(status).hasViewName("error");
		Document page = html(result);
		assertThat(page.selectFirst("h1").text()).isEqualTo(status == 404 ? "Not found" : "Bad request");
		assertThat(page.selectFirst(".lead").text()).startsWith(message);
		assertThat(page.selectFirst("nav.site-nav")).isNotNull();
		assertThat(page.select("main form.picker[action=/compare][method=get] input[type=checkbox]"))
			.hasSize(catalogue.roles().size());
		assertThat(page.select("main form.picker input[checked]").eachAttr("value"))
			.allMatch(slug -> roles.contains(slug))
			.doesNotContain("astronaut");

		MvcTestResult json = mvc.get().uri("/compare?roles=" + roles).accept(MediaType.APPLICATION_JSON).exchange();
		assertThat(json).hasStatus(status).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(json).bodyJson().extractingPath("$.detail").asString().startsWith(message);
		assertThat(json).bodyJson().extractingPath("$.status").isEqualTo(status);
		if (status == 400) {
			assertThat(json).bodyJson().extractingPath("$.parameter").isEqualTo("roles");
		}
	}

	@Test
	void aRefusedPairOffersThePickerWithItsKnownRoleTicked() {
		MvcTestResult result = mvc.get()
			.uri("/compare/ml-engineer-vs-astronaut")
			.accept(MediaType.TEXT_HTML)
			.exchange();

		assertThat(result).hasStatus(HttpStatus.NOT_FOUND).hasViewName("error");
		Document page = html(result);
		assertThat(page.selectFirst("h1").text()).isEqualTo("Not found");
		assertThat(page.text()).contains("There is no role called “astronaut”");
		assertThat(page.select("main form.picker input[type=checkbox]")).hasSize(catalogue.roles().size());
		assertThat(page.select("main form.picker input[checked]").eachAttr("value")).containsExactly("ml-engineer");

		MvcTestResult json = mvc.get()
			.uri("/compare/ml-engineer-vs-astronaut")
			.accept(MediaType.APPLICATION_JSON)
			.exchange();
		assertThat(json).hasStatus(HttpStatus.NOT_FOUND)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(json).bodyJson().extractingPath("$.instance").isEqualTo("/compare/ml-engineer-vs-astronaut");
		assertThat(json).bodyJson().extractingPath("$.status").isEqualTo(404);
		assertThat(json).bodyJson()
			.extractingPath("$.detail")
			.asString()
			.startsWith("There is no role called “astronaut”");
	}

	@Test
	void anAddressThatNamesNoPairShowsTheFormAComparisonAddressTakes() {
		MvcTestResult result = mvc.get().uri("/compare/ml-engineer").accept(MediaType.TEXT_HTML).exchange();

		assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(html(result).text()).contains("“ml-engineer” does not name two roles",
				"/compare/ml-engineer-vs-backend-engineer");
	}

	@Test
	void whatATypedValueContainsIsQuotedNeverReflectedAsMarkup() {
		MvcTestResult result = mvc.get()
			.uri("/compare?roles=ml-engineer,{value}", "<script>alert(1)</script>")
			.accept(MediaType.TEXT_HTML)
			.exchange();

		assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(html(result).text()).contains("There is no role called “<script>alert(1)</script>”");
		assertThat(result).body().asString().doesNotContain("<script>alert(1)");
	}

	@Test
	void theApiComparesAPairWithItsDetailAndSeveralRolesWithout() {
		MvcTestResult pair = mvc.get().uri("/api/compare?roles=data-engineer,ml-engineer").exchange();

		assertThat(pair).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
		assertThat(pair).bodyJson().extractingPath("$.roles").asArray().containsExactly("ml-engineer", "data-engineer");
		assertThat(pair).bodyJson()
			.extractingPath("$.pair.difference")
			.isEqualTo("How ML Engineer and Data Engineer differ.");
		assertThat(pair).bodyJson().extractingPath("$.similarity[0].percent").isEqualTo(22);

		MvcTestResult three = mvc.get()
			.uri("/api/compare?roles=ml-engineer&roles=data-engineer&roles=devops-engineer")
			.exchange();
		assertThat(three).bodyJson().extractingPath("$.pair").isNull();
		assertThat(three).bodyJson().extractingPath("$.similarity").asArray().hasSize(3);
	}

	@Test
	void theApiRefusesWhatThePagesRefuseAsProblemDetails() {
		for (String query : List.of("", "?roles=ml-engineer", "?roles=ml-engineer,ml-engineer",
				"?roles=astronaut,ml-engineer")) {
			MvcTestResult result = mvc.get().uri("/api/compare" + query).exchange();
			assertThat(result).as(query).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
			assertThat(result.getResponse().getStatus()).as(query).isIn(400, 404);
		}
		assertThat(mvc.get().uri("/api/compare?roles=ml-engineer,ml-engineer")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("Machine Learning Engineer was the only role named. A comparison needs two to "
					+ English.number(catalogue.roles().size()) + " different roles.");
	}

	@Test
	void theTableIsAvailableAsCsvAndABadCsvRequestIsAProblemToo() {
		MvcTestResult csv = mvc.get().uri("/api/compare.csv?roles=ml-engineer,data-engineer").exchange();

		assertThat(csv).hasStatusOk().hasContentTypeCompatibleWith("text/csv");
		assertThat(csv).body().asString().startsWith("row,ml-engineer,data-engineer\r\n");
		assertThat(csv).headers().containsHeader("Content-Disposition");

		MvcTestResult refused = mvc.get()
			.uri("/api/compare.csv?roles=ml-engineer")
			.accept(MediaType.valueOf("text/csv"))
			.exchange();
		assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(refused).bodyJson().extractingPath("$.detail").asString().startsWith("Only one role was chosen");
	}

}
