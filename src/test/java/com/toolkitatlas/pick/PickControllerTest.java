package com.toolkitatlas.pick;

import java.util.List;
import java.util.Map;

import com.toolkitatlas.support.WebSliceTest;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static com.toolkitatlas.support.Rendered.html;
import static org.assertj.core.api.Assertions.assertThat;

/** How {@code /pick} and {@code /api/pick} read answers, over the fixture guide. */
@WebSliceTest
class PickControllerTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	PickService pick;

	@Test
	void withoutAnswersThePageIsTheFormAtItsOwnAddress() {
		MvcTestResult result = mvc.get().uri("/pick?utm_source=mail").exchange();

		assertThat(result).hasStatusOk().hasViewName("pick");
		assertThat(result).model().containsEntry("canonical", "/pick");
		assertThat(result).model().extractingByKey("page").isEqualTo(pick.page(Map.of()));
	}

	@Test
	void answersAreRankedAndTheCanonicalAddressIsTheResultsOwnLink() {
		MvcTestResult result = mvc.get().uri("/pick?tool=docker&interest=automation&tool=kubernetes").exchange();

		assertThat(result).hasStatusOk();
		assertThat(result).model().containsEntry("canonical", "/pick?interest=automation&tool=docker&tool=kubernetes");
		Document page = html(result);
		assertThat(page.select("#result .lead").text()).startsWith("DevOps Engineer comes out on top");
		assertThat(page.select("#result ol.pick-ranking > li"))
			.hasSize(pick.rank(Map.of("interest", List.of("automation"))).ranking().size());
	}

	@Test
	void anAnswerThatIsNotUnderstoodIsA400InTheSiteLayoutNamingTheQuestion() {
		MvcTestResult result = mvc.get()
			.uri("/pick?interest=astronomy&lean=production")
			.accept(MediaType.TEXT_HTML)
			.exchange();

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		Document page = html(result);
		assertThat(page.selectFirst("h1").text()).isEqualTo("Bad request");
		assertThat(page.text()).contains(
				"The answer “astronomy” to “What kind of work draws you?” (interest) is not understood",
				"automation, models, pipelines");
		assertThat(page.selectFirst("nav.site-nav")).isNotNull();

		MvcTestResult tool = mvc.get().uri("/pick?tool={tool}", "<b>hammer").accept(MediaType.TEXT_HTML).exchange();
		assertThat(tool).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(html(tool).text()).contains("“<b>hammer”", "(tool)");
		assertThat(tool).body().asString().doesNotContain("<b>hammer");

		assertThat(html(mvc.get().uri("/pick?lean=research&lean=production").accept(MediaType.TEXT_HTML).exchange())
			.text()).contains("takes one answer");
	}

	@Test
	void aProgramGetsTheSameProblemAsJson() {
		for (String path : List.of("/pick", "/api/pick")) {
			MvcTestResult result = mvc.get()
				.uri(path + "?strength=juggling")
				.accept(MediaType.APPLICATION_JSON)
				.exchange();

			assertThat(result).as(path)
				.hasStatus(HttpStatus.BAD_REQUEST)
				.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
			assertThat(result).bodyJson().extractingPath("$.status").isEqualTo(400);
			assertThat(result).bodyJson().extractingPath("$.parameter").isEqualTo("strength");
			assertThat(result).bodyJson().extractingPath("$.instance").isEqualTo(path);
			assertThat(result).bodyJson()
				.extractingPath("$.detail")
				.asString()
				.contains("“juggling”", "is not understood");
		}
	}

	@Test
	void theApiRanksEveryRoleWithTheReasons() {
		MvcTestResult result = mvc.get().uri("/api/pick?interest=pipelines").exchange();

		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
		assertThat(result).bodyJson().extractingPath("$.ranking[0].slug").isEqualTo("data-engineer");
		assertThat(result).bodyJson()
			.extractingPath("$.ranking[0].raised[0].text")
			.isEqualTo("you are drawn to moving data: it is central to this role");
		assertThat(result).bodyJson().extractingPath("$.link").isEqualTo("/pick?interest=pipelines");
	}

}
