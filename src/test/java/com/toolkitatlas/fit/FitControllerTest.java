package com.toolkitatlas.fit;

import java.util.List;

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

/**
 * How {@code /fit} and {@code /api/fit} read what a person knows, over the fixture
 * catalogue.
 */
@WebSliceTest
class FitControllerTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	FitService fits;

	@Test
	void withNothingTickedThePageIsTheFormAtItsOwnAddress() {
		MvcTestResult result = mvc.get().uri("/fit?utm_source=mail").exchange();

		assertThat(result).hasStatusOk().hasViewName("fit/fit");
		assertThat(result).model().containsEntry("canonical", "/fit");
		assertThat(result).model().extractingByKey("page").isEqualTo(fits.page(fits.read(KnownRequest.none(), "/fit")));
	}

	@Test
	void whatIsTickedIsRankedUnderOneCanonicalAddressWhateverItsSpelling() {
		KnownItems known = fits.read(new KnownRequest(null, List.of("docker", "kubernetes"), null), "/fit");
		String canonical = known.on("/fit");

		assertThat(mvc.get().uri("/fit?tool=kubernetes,DOCKER&tool=docker").exchange())
			.hasStatus(HttpStatus.MOVED_PERMANENTLY)
			.hasRedirectedUrl(canonical);

		MvcTestResult result = mvc.get().uri(canonical).exchange();
		assertThat(result).hasStatusOk().hasViewName("fit/fit");
		assertThat(result).model().containsEntry("canonical", canonical);
		assertThat(result).model().extractingByKey("page").isEqualTo(fits.page(known));
		Document page = html(result);
		assertThat(page.select("link[rel=canonical]").attr("href")).endsWith(canonical);
		assertThat(page.select("#know input[checked]").eachAttr("value")).containsExactlyInAnyOrder("docker",
				"kubernetes");
	}

	@Test
	void anUnknownItemIsA400ThatOffersTheItemMeantInHtmlAndAsProblemJson() {
		MvcTestResult result = mvc.get().uri("/fit?tool=docker&tool=kubernets").accept(MediaType.TEXT_HTML).exchange();

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		Document page = html(result);
		assertThat(page.selectFirst("h1").text()).isEqualTo("Some of what you know could not be read");
		assertThat(page.text()).contains("The catalogue has no tool “kubernets”. Did you mean Kubernetes?");
		String corrected = fits.read(new KnownRequest(null, List.of("docker", "kubernetes"), null), "/fit").on("/fit");
		assertThat(page.select("a[href=\"" + corrected + "\"]")).isNotEmpty();

		MvcTestResult problem = mvc.get().uri("/api/fit?tool=kubernets").accept(MediaType.APPLICATION_JSON).exchange();
		assertThat(problem).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(problem).bodyJson().extractingPath("$.parameter").isEqualTo("tool");
		assertThat(problem).bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("The catalogue has no tool “kubernets”. Did you mean Kubernetes?");
	}

	@Test
	void theApiAnswersTheRankingOfThePage() {
		KnownItems known = fits.read(new KnownRequest(null, List.of("docker", "kubernetes"), null), "/api/fit");
		MvcTestResult result = mvc.get().uri(known.on("/api/fit")).exchange();

		FitResource expected = fits.resource(known);
		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
		assertThat(result).bodyJson().extractingPath("$.ranking[0].slug").isEqualTo(expected.ranking().get(0).slug());
		assertThat(result).bodyJson()
			.extractingPath("$.ranking[0].fitPercent")
			.isEqualTo(expected.ranking().get(0).fitPercent());
		assertThat(result).bodyJson().extractingPath("$.learnNext[0].why").isEqualTo(expected.learnNext().get(0).why());
		assertThat(result).bodyJson().extractingPath("$.links.html").isEqualTo(known.on("/fit"));
	}

}
