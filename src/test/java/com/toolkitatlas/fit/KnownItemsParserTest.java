package com.toolkitatlas.fit;

import java.util.Arrays;
import java.util.List;

import com.toolkitatlas.catalogue.Catalogue;
import com.toolkitatlas.catalogue.CatalogueFixture;
import com.toolkitatlas.web.ErrorHelp;
import org.junit.jupiter.api.Test;

import static com.toolkitatlas.catalogue.CatalogueFixture.CI_CD;
import static com.toolkitatlas.catalogue.CatalogueFixture.DOCKER;
import static com.toolkitatlas.catalogue.CatalogueFixture.GO;
import static com.toolkitatlas.catalogue.CatalogueFixture.KUBERNETES;
import static com.toolkitatlas.catalogue.CatalogueFixture.PYTHON;
import static com.toolkitatlas.catalogue.CatalogueFixture.SQL;
import static com.toolkitatlas.catalogue.CatalogueFixture.STATISTICS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Reading what a person knows from a fit or switch address, over the fixture catalogue:
 * each value once, in a fixed order, and every value it cannot find named with the likely
 * correction.
 */
class KnownItemsParserTest {

	private final Catalogue catalogue = CatalogueFixture.catalogue();

	private final KnownItemsParser parser = FitFixture.parser(catalogue);

	@Test
	void noParametersAreNothingKnownAndTheAddressIsThePageItself() {
		KnownItems known = parser.parse(KnownRequest.none(), "/fit");

		assertThat(known.isEmpty()).isTrue();
		assertThat(known.on("/fit")).isEqualTo("/fit");
		assertThat(parser.parse(new KnownRequest(List.of(""), List.of(" , "), Arrays.asList((String) null)), "/fit")
			.isEmpty()).as("blank and missing values name nothing").isTrue();
	}

	@Test
	void valuesMayBeRepeatedOrCommaSeparatedInAnyCaseAndCountOnceInAFixedOrder() {
		KnownItems known = parser.parse(
				new KnownRequest(List.of("Statistics"), List.of(" kubernetes ,DOCKER", "docker"), List.of("python")),
				"/fit");

		assertThat(known.items()).containsExactly(Item.of(STATISTICS), Item.of(DOCKER), Item.of(KUBERNETES),
				Item.of(PYTHON));
		assertThat(known.on("/fit")).as("skills, tools, languages; each by slug")
			.isEqualTo("/fit?skill=statistics&tool=docker&tool=kubernetes&language=python");
		assertThat(parser.parse(new KnownRequest(null, List.of("kubernetes", "docker"), null), "/fit"))
			.as("the same set in another order is the same address")
			.isEqualTo(parser.parse(new KnownRequest(null, List.of("docker,kubernetes"), null), "/fit"));
	}

	@Test
	void everyItemOfAKindMayBeNamedButNoMore() {
		List<String> languages = catalogue.languages().stream().map(language -> language.slug()).toList();

		assertThat(parser.parse(new KnownRequest(null, null, languages), "/fit").items())
			.containsExactlyInAnyOrder(Item.of(PYTHON), Item.of(GO), Item.of(SQL));

		List<String> oneTooMany = new java.util.ArrayList<>(languages);
		oneTooMany.add("cobol");
		UnknownItemsException refused = refused(new KnownRequest(List.of("ci-cd"), null, oneTooMany), "/fit");
		assertThat(refused.problems()).containsExactly(new UnknownItem("language",
				"The catalogue has " + languages.size() + " languages; this address names " + oneTooMany.size() + ".",
				null, null));
		assertThat(help(refused).model()).as("the page without what could not be read keeps the skill")
			.containsEntry("remainderHref", "/fit?skill=ci-cd");
	}

	@Test
	void aMisspeltValueIsA400ThatSuggestsTheItemMeantWithWhatElseWasKnown() {
		UnknownItemsException refused = refused(new KnownRequest(null, List.of("docker", "kubernets"), null), "/fit");

		assertThat(refused.problems())
			.containsExactly(new UnknownItem("tool", "The catalogue has no tool “kubernets”. Did you mean Kubernetes?",
					KUBERNETES.name(), "/fit?tool=docker&tool=kubernetes"));
		assertThat(refused.parameter()).isEqualTo("tool");
		assertThat(refused.getMessage()).isEqualTo("The catalogue has no tool “kubernets”. Did you mean Kubernetes?");
		ErrorHelp help = help(refused);
		assertThat(help.heading()).isEqualTo("Some of what you know could not be read");
		assertThat(help.model()).containsEntry("remainderHref", "/fit?tool=docker")
			.containsEntry("problems", refused.problems());
	}

	@Test
	void aValueOfTheWrongKindSuggestsTheItemAsItsOwnKindOnThePageAsked() {
		UnknownItemsException refused = refused(
				new KnownRequest(List.of("kubernetes", "statistcs"), List.of("python"), List.of("golang")),
				"/switch/backend-engineer-to-ml-engineer");

		assertThat(refused.problems()).containsExactly(
				new UnknownItem("skill", "The catalogue has no skill “kubernetes”. Kubernetes is a tool, not a skill.",
						KUBERNETES.name(), "/switch/backend-engineer-to-ml-engineer?tool=kubernetes"),
				new UnknownItem("skill", "The catalogue has no skill “statistcs”. Did you mean Statistics?",
						STATISTICS.name(), "/switch/backend-engineer-to-ml-engineer?skill=statistics"),
				new UnknownItem("tool", "The catalogue has no tool “python”. Python is a language, not a tool.",
						PYTHON.name(), "/switch/backend-engineer-to-ml-engineer?language=python"),
				new UnknownItem("language", "The catalogue has no language “golang”. Did you mean Go?", GO.name(),
						"/switch/backend-engineer-to-ml-engineer?language=go"));
		assertThat(refused.parameter()).as("each parameter once, in the order of the address")
			.isEqualTo("skill,tool,language");
		assertThat(refused.getMessage()).startsWith("The catalogue has no skill “kubernetes”.")
			.endsWith("Did you mean Go?");
		assertThat(help(refused).model()).containsEntry("remainderHref", "/switch/backend-engineer-to-ml-engineer");
	}

	@Test
	void aValueNothingIsNearIsNamedWithoutASuggestion() {
		UnknownItemsException refused = refused(new KnownRequest(List.of(CI_CD.slug()), null, List.of("cobol")),
				"/fit");

		assertThat(refused.problems())
			.containsExactly(new UnknownItem("language", "The catalogue has no language “cobol”.", null, null));
	}

	private UnknownItemsException refused(KnownRequest request, String path) {
		UnknownItemsException refused = catchThrowableOfType(UnknownItemsException.class,
				() -> parser.parse(request, path));
		assertThat(refused).as("a 400 for %s", request).isNotNull();
		assertThat(refused.getStatusCode().value()).isEqualTo(400);
		return refused;
	}

	private static ErrorHelp help(UnknownItemsException refused) {
		return refused.help();
	}

}
