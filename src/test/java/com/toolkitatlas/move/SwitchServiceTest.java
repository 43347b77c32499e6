package com.toolkitatlas.move;

import java.util.List;

import com.toolkitatlas.catalogue.Catalogue;
import com.toolkitatlas.catalogue.CatalogueFixture;
import com.toolkitatlas.fit.FitFixture;
import com.toolkitatlas.fit.KnownRequest;
import com.toolkitatlas.fit.UnknownItem;
import com.toolkitatlas.fit.UnknownItemsException;
import com.toolkitatlas.web.BadRequestException;
import com.toolkitatlas.web.NotFoundException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static com.toolkitatlas.catalogue.CatalogueFixture.BACKEND;
import static com.toolkitatlas.catalogue.CatalogueFixture.ML;
import static com.toolkitatlas.catalogue.CatalogueFixture.PYTORCH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Reading a switch address and answering it, over the fixture catalogue: the two roles it
 * names, a 404 that says which part names no role, and the move itself.
 */
class SwitchServiceTest {

	private final Catalogue catalogue = CatalogueFixture.catalogue();

	private final SwitchService switches = new SwitchService(catalogue, FitFixture.parser(catalogue));

	@Test
	void anAddressNamesTheRoleToMoveFromThenTheRoleToMoveTo() {
		Route route = switches.route("backend-engineer-to-ml-engineer");

		assertThat(route).isEqualTo(new Route(BACKEND, ML));
		assertThat(route.sameRole()).isFalse();
		assertThat(switches.route("ml-engineer-to-backend-engineer")).isEqualTo(new Route(ML, BACKEND));
		assertThat(switches.route("ml-engineer-to-ml-engineer").sameRole()).as("there is no move to describe").isTrue();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"backend-engineer                         | “backend-engineer” does not name two roles. A switch address reads like /switch/backend-engineer-to-ml-engineer.",
			"-to-ml-engineer                          | “-to-ml-engineer” does not name two roles. A switch address reads like /switch/backend-engineer-to-ml-engineer.",
			"backend-engineer-to-                     | “backend-engineer-to-” does not name two roles. A switch address reads like /switch/backend-engineer-to-ml-engineer.",
			"backend-engineer-to-ml-engineer-to-chef  | “backend-engineer-to-ml-engineer-to-chef” does not name two roles. A switch address reads like /switch/backend-engineer-to-ml-engineer.",
			"backend-engineer-to-chef                 | There is no role called “chef”.",
			"chef-to-backend-engineer                 | There is no role called “chef”.",
			"chef-to-chef                             | There is no role called “chef”.",
			"chef-to-baker                            | There are no roles called “chef” and “baker”." })
	void anAddressThatNamesNoTwoRolesIsA404ThatSaysWhy(String move, String message) {
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> switches.route(move))
			.withMessage(message)
			.satisfies(notFound -> assertThat(notFound.getStatusCode().value()).isEqualTo(404));
	}

	@Test
	void theMoveLinksToTheComparisonOfItsTwoRolesWhicheverWayItGoes() {
		RoleSwitch there = between(new Route(BACKEND, ML), KnownRequest.none());
		RoleSwitch back = between(new Route(ML, BACKEND), KnownRequest.none());

		assertThat(there.from()).isEqualTo(BACKEND);
		assertThat(there.to()).isEqualTo(ML);
		assertThat(there.comparePath()).isEqualTo(back.comparePath())
			.isEqualTo(catalogue.pair(ML, BACKEND).orElseThrow().path());
		assertThat(there.known().isEmpty()).isTrue();
	}

	@Test
	void whatThePersonKnowsIsReadAndAMisspeltItemIsCorrectedOnTheSamePage() {
		RoleSwitch move = between(new Route(BACKEND, ML), new KnownRequest(null, List.of(PYTORCH.slug()), null));
		assertThat(move.alreadyKnown()).extracting(need -> need.item().name()).containsExactly(PYTORCH.name());

		assertThatExceptionOfType(UnknownItemsException.class)
			.isThrownBy(() -> between(new Route(BACKEND, ML), new KnownRequest(null, List.of("pytorh"), null)))
			.satisfies(refused -> assertThat(refused.problems()).extracting(UnknownItem::suggestionHref)
				.containsExactly("/switch/backend-engineer-to-ml-engineer?tool=pytorch"));
		assertThatExceptionOfType(UnknownItemsException.class)
			.isThrownBy(
					() -> resource("backend-engineer-to-ml-engineer", new KnownRequest(null, List.of("pytorh"), null)))
			.satisfies(refused -> assertThat(refused.problems()).extracting(UnknownItem::suggestionHref)
				.containsExactly("/api/switch/backend-engineer-to-ml-engineer?tool=pytorch"));
	}

	@Test
	void theApiRefusesOneRoleNamedTwiceWithA400AndAnUnknownRoleWithA404() {
		assertThatExceptionOfType(BadRequestException.class)
			.isThrownBy(() -> resource("ml-engineer-to-ml-engineer", KnownRequest.none()))
			.withMessage(ML.name() + " was named twice. A switch needs two different roles, such as "
					+ "backend-engineer-to-ml-engineer.")
			.satisfies(refused -> assertThat(refused.parameter()).isEqualTo("move"));
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> resource("ml-engineer-to-chef", KnownRequest.none()))
			.withMessage("There is no role called “chef”.");
	}

	@Test
	void theApiAnswersTheSameMoveAsThePage() {
		KnownRequest known = new KnownRequest(null, List.of(PYTORCH.slug()), null);
		RoleSwitch page = between(switches.route("backend-engineer-to-ml-engineer"), known);

		assertThat(resource("backend-engineer-to-ml-engineer", known)).isEqualTo(SwitchResource.of(page));
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
