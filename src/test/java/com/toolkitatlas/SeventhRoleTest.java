package com.toolkitatlas;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.toolkitatlas.catalogue.Catalogue;
import com.toolkitatlas.catalogue.ComparisonSection;
import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.catalogue.RolePair;
import com.toolkitatlas.catalogue.Topic;
import com.toolkitatlas.fit.Item;
import com.toolkitatlas.fit.KnownItems;
import com.toolkitatlas.support.HtmlChecker;
import com.toolkitatlas.support.Page;
import com.toolkitatlas.support.PageType;
import com.toolkitatlas.support.SeventhRole;
import com.toolkitatlas.support.Site;
import com.toolkitatlas.support.WebTest;
import com.toolkitatlas.web.English;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Adding a role is a data change: with a seventh role added by a migration alone (see
 * {@link SeventhRole}), every page type renders, every pair of the seven has its page
 * with every section, the API serves the role, and every sentence that counts the roles
 * counts seven. A feature that adds per-role data (fit, switch, hire, pay distributions)
 * adds the seventh role's rows to its migration and a test here showing them on the
 * seventh role's pages.
 */
@WebTest
@SeventhRole
class SeventhRoleTest {

	@Autowired
	Site site;

	@Autowired
	Catalogue catalogue;

	@Autowired
	JsonMapper json;

	private Role seventh;

	/** How many roles the catalogue holds with the seventh. */
	private int count;

	/** "seven", as pages write the number of roles. */
	private String roles;

	/** "six", the others of one role. */
	private String others;

	@BeforeEach
	void theCatalogueHoldsTheSeventhRoleLast() {
		seventh = catalogue.role(SeventhRole.SLUG).orElseThrow();
		assertThat(catalogue.roles()).hasSize(7).last().isEqualTo(seventh);
		count = catalogue.roles().size();
		roles = English.number(count);
		others = English.number(count - 1);
	}

	@ParameterizedTest
	@EnumSource(PageType.class)
	void everyPageTypeRendersWithTheSeventhRole(PageType type) {
		Page page = site.get(type.path());

		assertThat(page.status()).as(type.path()).isEqualTo(type.status());
		assertThat(page.h1()).as(type.path()).isNotBlank();
		assertThat(page.select("footer").text()).contains("compares " + roles + " engineering career toolkits");
	}

	@Test
	void theHomePageShowsAndCountsSevenRoles() {
		Page home = site.get("/");

		assertThat(home.h1()).isEqualTo("Compare " + roles + " engineering career toolkits");
		assertThat(home.document().select(".role-card h3 a").eachAttr("href")).hasSize(count)
			.endsWith("/roles/" + SeventhRole.SLUG);
		assertThat(home.document().select(".role-card").last().text())
			.contains(catalogue.role(SeventhRole.SLUG).orElseThrow().headlineSalary().display());
		assertThat(home.select("form.picker legend").text()).isEqualTo("Choose two to " + roles + " roles");
	}

	@Test
	void theSeventhRolesProfileShowsEveryTextAndList() {
		Page profile = site.get("/roles/" + SeventhRole.SLUG);

		assertThat(profile.status()).isEqualTo(200);
		assertThat(profile.h1()).isEqualTo(seventh.name());
		for (Topic topic : Topic.values()) {
			if (topic != Topic.CHOOSE_IF) {
				assertThat(profile.text()).as(topic.name()).contains(seventh.text(topic));
			}
		}
		assertThat(profile.text()).contains(seventh.chooseIf(), seventh.headlineSalary().summary());
		assertThat(profile.document().select("#compare a[href^=/compare/]").eachAttr("href")).hasSize(count - 1);
	}

	@Test
	void everyPairOfTheSevenRolesHasItsPageWithEverySection() {
		assertThat(catalogue.pairs()).hasSize(21);
		SoftAssertions softly = new SoftAssertions();
		for (RolePair pair : catalogue.pairs()) {
			Page page = site.get(pair.path());
			String name = pair.first().shortName() + " vs " + pair.second().shortName();

			softly.assertThat(page.status()).as(name).isEqualTo(200);
			softly.assertThat(page.document().select("main section[id] > h2").eachText())
				.as(name)
				.startsWith("The short answer")
				.containsSubsequence(List.of(ComparisonSection.values())
					.stream()
					.map(ComparisonSection::heading)
					.toArray(String[]::new));
			for (ComparisonSection section : ComparisonSection.values()) {
				for (Topic topic : section.topics()) {
					softly.assertThat(page.section(section.id()))
						.as(name + " " + topic)
						.contains(pair.first().text(topic), pair.second().text(topic));
				}
			}
			softly.assertThat(page.section("verdict")).as(name).contains("ranks all " + roles + " roles");
		}
		softly.assertAll();
	}

	@Test
	void allSevenRolesCompareInOneTableAndAnEighthIsRefused() {
		String all = catalogue.roles().stream().map(Role::slug).collect(Collectors.joining(","));
		Page table = site.get("/compare?roles=" + all);

		assertThat(table.status()).isEqualTo(200);
		assertThat(table.document().select("table.glance thead th")).hasSize(count);

		Page refused = site.get("/compare?roles=" + all + ",ml-engineer");
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.select(".lead").text())
			.startsWith((count + 1) + " roles were asked for, but a comparison holds at most " + roles + ".");
		assertThat(refused.document().select("main form.picker input[type=checkbox]")).hasSize(count);
	}

	@Test
	void anEditorialRankingThatPredatesTheRoleRanksItAfterItsOwnBySimilarity() {
		int ranked = catalogue.role("ml-engineer").orElseThrow().editorialAlternatives().size();
		assertThat(ranked).isEqualTo(count - 2);
		Page page = site.get("/roles/ml-engineer/alternatives");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.select(".lead").text()).startsWith("The other " + others + " roles, ranked");
		assertThat(page.select(".alt-method").text()).contains("The source ranks " + English.number(ranked) + " of the "
				+ others + " other roles; the rest follow, ordered by similarity.");
		List<String> reasons = page.document().select(".alt__reason").eachText();
		assertThat(reasons).hasSize(count - 1);
		assertThat(reasons.subList(0, ranked)).allMatch(reason -> reason.contains("in the editorial ranking of"));
		assertThat(page.select("#alt-" + SeventhRole.SLUG + " .alt__reason").text())
			.startsWith("Why here? Ranked " + English.ordinal(count - 1) + " by similarity")
			.contains("leaves this role out");

		JsonNode api = json.readTree(site.getJson("/api/roles/ml-engineer/alternatives").body());
		assertThat(api.get("method").asString()).isEqualTo("EDITORIAL");
		assertThat(api.get("alternatives").valueStream().map(entry -> entry.get("method").asString()).toList())
			.containsExactlyElementsOf(
					Stream.concat(Collections.nCopies(ranked, "EDITORIAL").stream(), Stream.of("SIMILARITY")).toList());
	}

	@Test
	void theSeventhRolesAlternativesRankTheOtherSix() {
		Page page = site.get("/roles/" + SeventhRole.SLUG + "/alternatives");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.document().select(".alt__reason").eachText()).hasSize(count - 1)
			.allMatch(reason -> reason.contains("by similarity"));
	}

	@Test
	void theQuestionnaireRanksSevenRoles() {
		Page page = site.get(PageType.PICK_RESULT.path());

		assertThat(page.document().select(".pick-ranking__item")).hasSize(count);
		assertThat(page.document().select("#rank-" + SeventhRole.SLUG)).hasSize(1);
	}

	@Test
	void theSkillToolAndFilterPagesFindTheSeventhRole() {
		assertThat(site.get("/skills/secrets-management").text()).contains(seventh.name());
		assertThat(site.get("/tools/datadog").text()).contains(seventh.name());
		assertThat(site.get("/roles").select("#results-heading").text()).isEqualTo("All " + count + " roles");
		assertThat(site.get("/roles?q=reliability+engineer").document().select("#results .result__title").eachText())
			.contains(seventh.name());
	}

	@Test
	void theSourcesPageCountsTheRolesWithoutAnEditorialRanking() {
		assertThat(site.get("/sources").section("alternatives-method"))
			.contains("no source ranks the alternatives to the other " + others + " roles");
	}

	@Test
	void theSeventhRolesOwnPagesAreValidHtml() {
		for (String path : List.of("/roles/" + SeventhRole.SLUG, "/roles/" + SeventhRole.SLUG + "/alternatives",
				"/compare/devops-engineer-vs-" + SeventhRole.SLUG,
				"/compare?roles=" + catalogue.roles().stream().map(Role::slug).collect(Collectors.joining(",")))) {
			Page page = site.get(path);
			assertThat(page.status()).as(path).isEqualTo(200);
			assertThat(HtmlChecker.shared().check(page.body()).errors()).as(path).isEmpty();
		}
	}

	@Test
	void theApiServesTheSeventhRole() {
		JsonNode list = json.readTree(site.getJson("/api/roles").body());
		assertThat(list.get("count").asInt()).isEqualTo(count);

		JsonNode role = json.readTree(site.getJson("/api/roles/" + SeventhRole.SLUG).body());
		assertThat(role.get("name").asString()).isEqualTo(seventh.name());
		assertThat(role.get("links").get("compareWith:ml-engineer").asString())
			.isEqualTo("/api/compare?roles=ml-engineer," + SeventhRole.SLUG);

		JsonNode alternatives = json.readTree(site.getJson("/api/roles/" + SeventhRole.SLUG + "/alternatives").body());
		assertThat(alternatives.get("alternatives")).hasSize(count - 1);

		String all = catalogue.roles().stream().map(Role::slug).collect(Collectors.joining(","));
		JsonNode comparison = json.readTree(site.getJson("/api/compare?roles=" + all).body());
		assertThat(comparison.get("similarity")).hasSize(catalogue.pairs().size());

		JsonNode pick = json.readTree(site.getJson("/api" + PageType.PICK_RESULT.path()).body());
		assertThat(pick.get("ranking")).hasSize(count);

		Page csv = site.get("/api/roles.csv", Map.of("Accept", "text/csv"));
		assertThat(csv.body().lines()).hasSize(count + 1).last().asString().startsWith(SeventhRole.SLUG + ",");
	}

	@Test
	void whereYouFitRanksSevenRolesAndTheSeventhHasItsSwitchPages() {
		KnownItems knows = new KnownItems(seventh.coreTools().stream().map(link -> Item.of(link.tool())).toList());
		Page fit = site.get(knows.on("/fit"));
		assertThat(fit.document().select("#result ol.fit-ranking > li")).hasSize(count);
		assertThat(fit.select("#result ol.fit-ranking > li h3 a").text()).isEqualTo(seventh.name());

		for (Role other : catalogue.roles()) {
			if (!other.equals(seventh)) {
				assertThat(site.get("/switch/" + SeventhRole.SLUG + "-to-" + other.slug()).status()).isEqualTo(200);
				assertThat(site.get("/switch/" + other.slug() + "-to-" + SeventhRole.SLUG).h1())
					.isEqualTo("From " + other.name() + " to " + seventh.name());
			}
		}
	}

}
