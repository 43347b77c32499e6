package com.toolkitatlas.hire;

import java.util.List;

import com.toolkitatlas.support.WebSliceTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static com.toolkitatlas.support.Rendered.html;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * How {@code /hire} and {@code /api/hire} read a choice of projects, over the fixture's
 * hiring guide (one kind of project per role, in the roles' order).
 */
@WebSliceTest
class HireControllerTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	HireService hire;

	@Autowired
	HiringGuide guide;

	@Test
	void withNothingTickedThePageIsTheFormAtItsOwnAddress() {
		MvcTestResult result = mvc.get().uri("/hire").exchange();

		assertThat(result).hasStatusOk().hasViewName("hire");
		assertThat(result).model().containsEntry("canonical", "/hire");
		assertThat(result).model()
			.extractingByKey("page")
			.isEqualTo(hire.page(hire.read(new HireRequest(List.of(), null))));
	}

	@Test
	void aChoiceSpelledAsItsAddressIsPlanned() {
		String first = guide.kinds().get(0).slug();
		MvcTestResult result = mvc.get().uri("/hire?project={first}&stage=production", first).exchange();

		assertThat(result).hasStatusOk().hasViewName("hire");
		assertThat(result).model().containsEntry("canonical", "/hire?project=" + first + "&stage=production");
		assertThat(result).model()
			.extractingByKey("page")
			.isEqualTo(hire.page(hire.read(new HireRequest(List.of(first), "production"))));
	}

	@Test
	void anotherSpellingOfAChoiceIsMovedPermanentlyToItsOneAddressOnThePageAndInTheApi() {
		String first = guide.kinds().get(0).slug();
		String second = guide.kinds().get(1).slug();
		String canonical = "?project=" + first + "&project=" + second;

		assertThat(mvc.get().uri("/hire?project={b}&project={a}&project={b}", second, first, second).exchange())
			.hasStatus(HttpStatus.MOVED_PERMANENTLY)
			.hasRedirectedUrl("/hire" + canonical);
		assertThat(mvc.get().uri("/api/hire?project={b}&project={a}&stage=", second, first).exchange())
			.hasStatus(HttpStatus.MOVED_PERMANENTLY)
			.hasHeader("Location", "/api/hire" + canonical);
		assertThat(mvc.get().uri("/api/hire" + canonical).exchange()).hasStatusOk()
			.bodyJson()
			.extractingPath("$.first.role.slug")
			.isEqualTo(hire.resource(hire.read(new HireRequest(List.of(first, second), null))).first().role().slug());
	}

	@Test
	void anUnknownKindOfProjectIsA400InHtmlAndAsProblemJson() {
		MvcTestResult page = mvc.get().uri("/hire?project=blockchain").accept(MediaType.TEXT_HTML).exchange();
		assertThat(page).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(html(page).text()).contains("There is no kind of project “blockchain”.");

		MvcTestResult problem = mvc.get()
			.uri("/api/hire?project=blockchain")
			.accept(MediaType.APPLICATION_JSON)
			.exchange();
		assertThat(problem).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(problem).bodyJson().extractingPath("$.parameter").isEqualTo("project");
	}

}
