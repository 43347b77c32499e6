package com.toolkitatlas.move;

import java.util.List;

import com.toolkitatlas.fit.KnownRequest;
import com.toolkitatlas.support.WebSliceTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static com.toolkitatlas.catalogue.CatalogueFixture.BACKEND;
import static com.toolkitatlas.catalogue.CatalogueFixture.ML;
import static com.toolkitatlas.support.Rendered.html;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * How {@code /switch/…} and its JSON twin read an address, over the fixture catalogue.
 */
@WebSliceTest
class SwitchControllerTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	SwitchService switches;

	@Test
	void aMoveIsServedAtItsAddressWithWhatThePersonKnows() {
		MvcTestResult result = mvc.get().uri("/switch/backend-engineer-to-ml-engineer?tool=pytorch").exchange();

		assertThat(result).hasStatusOk().hasViewName("switch/switch");
		assertThat(result).model()
			.containsEntry("canonical", "/switch/backend-engineer-to-ml-engineer?tool=pytorch")
			.containsEntry("move", between(new Route(BACKEND, ML), new KnownRequest(null, List.of("pytorch"), null)));
		Document page = html(result);
		assertThat(page.selectFirst("h1").text()).isEqualTo("From " + BACKEND.name() + " to " + ML.name());
	}

	@Test
	void aRoleNamedTwiceIsMovedPermanentlyToItsProfile() {
		MvcTestResult result = mvc.get().uri("/switch/ml-engineer-to-ml-engineer?tool=docker").exchange();

		assertThat(result).hasStatus(HttpStatus.MOVED_PERMANENTLY).hasRedirectedUrl("/roles/ml-engineer");
	}

	@Test
	void anAddressThatNamesNoRoleIsA404ThatSaysWhichPart() {
		MvcTestResult result = mvc.get().uri("/switch/ml-engineer-to-chef").accept(MediaType.TEXT_HTML).exchange();

		assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(html(result).text()).contains("There is no role called “chef”.");
	}

	@Test
	void theApiAnswersTheMoveAndRefusesOneRoleNamedTwice() {
		MvcTestResult result = mvc.get().uri("/api/switch/backend-engineer-to-ml-engineer").exchange();

		SwitchResource expected = resource("backend-engineer-to-ml-engineer", KnownRequest.none());
		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
		assertThat(result).bodyJson().extractingPath("$.verdict").isEqualTo(expected.verdict());
		assertThat(result).bodyJson().extractingPath("$.coveredPercent").isEqualTo(expected.coveredPercent());
		assertThat(result).bodyJson()
			.extractingPath("$.links.compare")
			.isEqualTo("/compare/ml-engineer-vs-backend-engineer");

		MvcTestResult twice = mvc.get()
			.uri("/api/switch/ml-engineer-to-ml-engineer")
			.accept(MediaType.APPLICATION_JSON)
			.exchange();
		assertThat(twice).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(twice).bodyJson().extractingPath("$.parameter").isEqualTo("move");
	}

	/** The move as the page reads it: the known items read for the page's address. */
	private RoleSwitch between(Route route, KnownRequest request) {
		return switches.between(route, switches.read(route, request, ""));
	}

	/** The move as the API answers it, read as the API controller reads it. */
	private SwitchResource resource(String move, KnownRequest request) {
		Route route = switches.apiRoute(move);
		return SwitchResource.of(switches.between(route, switches.read(route, request, "/api")));
	}

}
