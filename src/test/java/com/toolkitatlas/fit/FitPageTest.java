package com.toolkitatlas.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.toolkitatlas.catalogue.Catalogue;
import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.support.Page;
import com.toolkitatlas.support.Site;
import com.toolkitatlas.support.WebTest;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

@WebTest
class FitPageTest {

	@Autowired
	Site site;

	@Autowired
	Catalogue catalogue;

	@Autowired
	JsonMapper json;

	@Test
	void peopleWhoKnowMostOfARolesTypicalToolkitSeeThatRoleFirstWithWhatToLearnNext() {
		for (Role role : catalogue.roles()) {
			// The role's core items, every third one held out: what someone who has done
			// the job typically knows, not a copy of the catalogue's list.
			List<Need> core = KnownItems.needsOf(role).stream().filter(Need::core).toList();
			List<Item> knows = new ArrayList<>();
			List<Item> heldOut = new ArrayList<>();
			for (int i = 0; i < core.size(); i++) {
				(i % 3 == 2 ? heldOut : knows).add(core.get(i).item());
			}
			String address = new KnownItems(knows).on("/fit");
			Page page = site.get(address);

			assertThat(page.status()).as(address).isEqualTo(200);
			List<Element> places = page.document().select("#result ol.fit-ranking > li");
			assertThat(places).as(role.slug()).hasSize(catalogue.roles().size());
			assertThat(places.get(0).selectFirst("h3 a").text()).as(address).isEqualTo(role.name());
			assertThat(page.select("#result .lead").text()).startsWith(role.name() + " fits best");
			assertThat(places.get(0).text())
				.contains("You have " + knows.size() + " of its " + core.size() + " core items");
			assertThat(places.get(0).select("details[open] a").eachAttr("href"))
				.as("what you have and what you lack, each linked")
				.containsAll(knows.stream().map(Item::href).toList())
				.containsAll(heldOut.stream().map(Item::href).toList());
			List<String> learnNext = page.document().select("#learn-next ol li > a").eachText();
			assertThat(learnNext).as(role.slug())
				.isNotEmpty()
				.doesNotContainAnyElementsOf(knows.stream().map(Item::name).toList());
		}
	}

	@Test
	void eachRoleSaysItsFitWhatYouHaveAndLackCoreFirstAndLinksToTheWayThere() {
		KnownItems known = new KnownItems(List.of(Item.of(catalogue.tool("docker").orElseThrow()),
				Item.of(catalogue.tool("kubernetes").orElseThrow()),
				Item.of(catalogue.language("python").orElseThrow()), Item.of(catalogue.skill("mlops").orElseThrow())));
		Page page = site.get(known.on("/fit"));
		FitRanking ranking = FitRanking.of(catalogue.roles(), known);

		List<Element> places = page.document().select("#result ol.fit-ranking > li");
		for (int i = 0; i < places.size(); i++) {
			RoleFit fit = ranking.places().get(i).fit();
			Element place = places.get(i);
			assertThat(place.selectFirst("h3").text()).isEqualTo((i + 1) + ". " + fit.role().name());
			assertThat(place.selectFirst(".fit-percent").text()).isEqualTo(fit.percent() + "%");
			List<String> headings = place.select("h4").eachText();
			assertThat(headings).containsExactly("What you have", "Core items you lack", "Secondary items you lack");
			assertThat(place.select(".fit-moves a.switch-link").eachAttr("href")).hasSize(catalogue.roles().size() - 1)
				.allMatch(href -> href.startsWith("/switch/") && href.contains("-to-" + fit.role().slug() + "?"))
				.allMatch(href -> href.endsWith("?" + known.query()));
		}
		assertThat(page.section("how")).contains("counts two when it is core", "one when it is secondary");
		assertThat(page.links()).contains("/sources#fit-method");
		assertThat(page.document().select("input[type=checkbox][checked]").eachAttr("value"))
			.containsExactlyInAnyOrder("docker", "kubernetes", "python", "mlops");
	}

	@Test
	void nothingTickedShowsTheFormWithAPromptAndNoRanking() {
		Page page = site.get("/fit");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).contains("Nothing ticked yet");
		assertThat(page.select("#result")).isNull();
		int items = catalogue.skills().size() + catalogue.tools().size() + catalogue.languages().size();
		assertThat(page.document().select("#know input[type=checkbox]")).hasSize(items);
		assertThat(page.document().select("#know input[name=tool]")).hasSize(catalogue.tools().size());
		assertThat(page.select("#know form").attr("method")).isEqualTo("get");
		assertThat(page.select("#know-tool-kubernetes").attr("data-short-forms")).as("for the type-ahead box")
			.contains("k8s");
		assertThat(page.select("#typeahead").hasAttr("hidden")).as("shown by its script only").isTrue();
	}

	@Test
	void anotherSpellingOfWhatIsKnownIsRedirectedToItsOneAddressValuesCountedOnce() {
		Page twice = site.get("/fit?tool=docker&tool=docker,DOCKER");
		assertThat(twice.status()).isEqualTo(301);
		assertThat(twice.header("Location")).endsWith("/fit?tool=docker");

		KnownItems known = new KnownItems(List.of(Item.of(catalogue.tool("kubernetes").orElseThrow()),
				Item.of(catalogue.tool("docker").orElseThrow()), Item.of(catalogue.skill("mlops").orElseThrow())));
		Page reordered = site.get("/fit?tool=kubernetes&skill=mlops&tool=docker&language=");
		assertThat(reordered.status()).isEqualTo(301);
		assertThat(reordered.header("Location")).endsWith(known.on("/fit"));
		assertThat(site.get(known.on("/fit")).status()).isEqualTo(200);

		Page api = site.getJson("/api/fit?tool=Kubernetes,docker&skill=mlops");
		assertThat(api.status()).isEqualTo(301);
		assertThat(api.header("Location")).endsWith(known.on("/api/fit"));
	}

	@Test
	void theFormSendsWhatIsTickedUnderItsCanonicalAddress() {
		Page page = site.get("/fit");
		String sent = page.document()
			.select("#know input[type=checkbox]")
			.stream()
			.map(box -> box.attr("name") + "=" + box.attr("value"))
			.collect(Collectors.joining("&"));
		KnownItems everything = new KnownItems(Stream
			.of(catalogue.skills().stream().map(Item::of), catalogue.tools().stream().map(Item::of),
					catalogue.languages().stream().map(Item::of))
			.flatMap(items -> items)
			.toList());

		assertThat(sent).as("everything ticked, as the browser sends it").isEqualTo(everything.query());
	}

	@Test
	void anUnknownSlugIsA400ThatNamesItAndSuggestsTheNearestInHtmlAndJson() {
		Page page = site.get("/fit?tool=docker&tool=kubernets&skill=k8s");

		assertThat(page.status()).isEqualTo(400);
		assertThat(page.h1()).isEqualTo("Some of what you know could not be read");
		assertThat(page.section("problems"))
			.contains("The catalogue has no tool “kubernets”. Did you mean Kubernetes?");
		assertThat(page.linkTextTo("/fit?tool=kubernetes&tool=docker")).as("the form's order: orchestration first")
			.isEqualTo("Use Kubernetes instead");
		assertThat(page.links()).contains("/fit?tool=docker");

		Page problem = site.getJson("/api/fit?tool=kubernets");
		assertThat(problem.status()).isEqualTo(400);
		assertThat(problem.header("content-type")).startsWith("application/problem+json");
		JsonNode body = json.readTree(problem.body());
		assertThat(body.get("parameter").asString()).isEqualTo("tool");
		assertThat(body.get("detail").asString()).contains("“kubernets”", "Did you mean Kubernetes?");
	}

	@Test
	void nothingTheAddressCarriesIsReflectedUnescaped() {
		Page page = site.get("/fit?tool=%3Cscript%3Ealert(1)%3C/script%3E");

		assertThat(page.status()).isEqualTo(400);
		assertThat(page.body()).doesNotContain("<script>alert(1)").contains("&lt;script&gt;alert(1)");
	}

	@Test
	void learnNextLinksEachSuggestionAndSaysWhyAndWhatItAddsToEachOfTheBestRoles() {
		KnownItems known = new KnownItems(List.of(Item.of(catalogue.skill("mlops").orElseThrow()),
				Item.of(catalogue.tool("pytorch").orElseThrow()), Item.of(catalogue.tool("docker").orElseThrow()),
				Item.of(catalogue.language("python").orElseThrow())));
		Page page = site.get(known.on("/fit"));
		FitRanking ranking = FitRanking.of(catalogue.roles(), known);

		List<Element> suggestions = page.document().select("#learn-next ol.learn-next > li");
		assertThat(suggestions).hasSize(ranking.learnNext().size()).isNotEmpty();
		for (int i = 0; i < suggestions.size(); i++) {
			FitRanking.Suggestion suggestion = ranking.learnNext().get(i);
			Element shown = suggestions.get(i);
			assertThat(shown.selectFirst("a").attr("href")).isEqualTo(suggestion.item().href());
			assertThat(shown.selectFirst("a").text()).isEqualTo(suggestion.item().name());
			assertThat(shown.select("span").eachText()).containsExactly(suggestion.why(), suggestion.gainsText());
			assertThat(known.has(suggestion.item())).as("only what is not known yet").isFalse();
		}
	}

	@Test
	void someoneWhoKnowsEveryToolkitIsLeftNothingToLearnNext() {
		List<Item> everything = new ArrayList<>();
		catalogue.roles().forEach(role -> KnownItems.needsOf(role).forEach(need -> everything.add(need.item())));
		Page page = site.get(new KnownItems(everything).on("/fit"));

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.document().select("#result .fit-percent").eachText()).containsOnly("100%");
		assertThat(page.document().select("#learn-next ol.learn-next")).hasSize(1);
		assertThat(page.document().select("#learn-next ol.learn-next > li")).isEmpty();
	}

	@Test
	void theApiRanksTheRolesFromTheSameComputation() {
		KnownItems known = new KnownItems(List.of(Item.of(catalogue.tool("docker").orElseThrow()),
				Item.of(catalogue.tool("kubernetes").orElseThrow()),
				Item.of(catalogue.language("python").orElseThrow())));
		JsonNode body = json.readTree(site.getJson(known.on("/api/fit")).body());
		FitRanking ranking = FitRanking.of(catalogue.roles(), known);

		List<String> slugs = new ArrayList<>();
		body.get("ranking").forEach(entry -> slugs.add(entry.get("slug").asString()));
		assertThat(slugs).isEqualTo(ranking.places().stream().map(place -> place.fit().role().slug()).toList());
		JsonNode best = body.get("ranking").get(0);
		assertThat(best.get("fitPercent").asInt()).isEqualTo(ranking.best().fit().percent());
		assertThat(best.get("coreKnown").asInt()).isEqualTo(ranking.best().fit().coreHad());
		assertThat(body.get("learnNext").get(0).get("why").asString()).isEqualTo(ranking.learnNext().get(0).why());
		assertThat(body.get("links").get("html").asString()).isEqualTo("/fit?" + known.query());
		assertThat(body.get("method").asString()).contains("2 when core and 1 when secondary");
	}

	@Test
	void theSourcesPageStatesTheFitMethodNextToTheSimilarityMethod() {
		Page sources = site.get("/sources");

		List<String> sectionIds = sources.document().select("main section[id]").eachAttr("id");
		assertThat(sectionIds.indexOf("fit-method")).isEqualTo(sectionIds.indexOf("similarity") + 1);
		assertThat(sources.section("fit-method")).contains("core", "secondary", "rounded down",
				"site's order of roles");
	}

	@Test
	void theHomePageTheNavigationProfilesAndThePickPageLinkToFit() {
		for (String path : List.of("/", "/roles/ml-engineer", "/pick", "/tools/docker")) {
			Page page = site.get(path);
			assertThat(page.document().select("nav.site-nav a").eachAttr("href")).as(path).contains("/fit");
		}
		assertThat(site.get("/").select("main a[href=/fit]")).isNotNull();
		assertThat(site.get("/pick").select("main a[href=/fit]")).isNotNull();
		assertThat(site.get("/roles/ml-engineer").select("main a[href=/fit]")).isNotNull();
	}

}
