package com.toolkitatlas.alternative;

import java.util.Comparator;
import java.util.List;

import com.toolkitatlas.catalogue.Catalogue;
import com.toolkitatlas.catalogue.Overlap;
import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.catalogue.Topic;
import com.toolkitatlas.support.Page;
import com.toolkitatlas.support.Site;
import com.toolkitatlas.support.WebTest;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@WebTest
class AlternativesPageTest {

	@Autowired
	Site site;

	@Autowired
	Catalogue catalogue;

	@ParameterizedTest
	@ValueSource(strings = { "ml-engineer", "backend-engineer", "data-engineer", "devops-engineer", "data-scientist",
			"ai-engineer" })
	void everyAlternativesPageRanksTheOtherRolesEachWithItsReasons(String slug) {
		Role role = catalogue.role(slug).orElseThrow();
		Page page = site.get("/roles/" + slug + "/alternatives");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.h1()).isEqualTo("Alternatives to " + role.name());
		assertThat(page.section("why")).contains(role.text(Topic.WHY_LOOK_BEYOND));

		List<Element> items = page.document().select("#ranked ol.alt-list > li");
		assertThat(items).hasSize(catalogue.roles().size() - 1);
		List<String> names = items.stream().map(item -> item.selectFirst("h3 a").text()).toList();
		assertThat(names).containsExactlyInAnyOrderElementsOf(
				catalogue.roles().stream().filter(other -> !other.equals(role)).map(Role::name).toList());
		for (int i = 0; i < items.size(); i++) {
			Element item = items.get(i);
			Role other = byName(names.get(i));
			String text = item.text();
			assertThat(item.selectFirst(".alt__rank").text()).isEqualTo((i + 1) + ".");
			assertThat(item.selectFirst(".alt__reason").text()).as(other.slug()).startsWith("Why here? Ranked ");
			assertThat(text).contains(other.headline(), catalogue.pair(role, other).orElseThrow().difference())
				.contains(other.bestFor())
				.contains("In common", "skills and tools", "Pay", other.headlineSalary().display());
			assertThat(item.select("a").eachAttr("href")).contains("/roles/" + other.slug(), comparePath(role, other));
		}

		List<Element> rows = page.document().select("#side-by-side tbody tr");
		assertThat(rows).hasSize(catalogue.roles().size());
		assertThat(rows.get(0).text()).contains(role.name(), "(this role)", role.primaryFocus(),
				role.keyResponsibility(), role.typicalDeliverable());
		role.coreTools().forEach(link -> assertThat(rows.get(0).text()).contains(link.tool().name()));
		assertThat(page.document().select("#side-by-side thead th").eachText()).containsExactly("Role", "Primary focus",
				"Key responsibility", "Common tools and frameworks", "Typical deliverable");

		List<String> advice = page.document().select("#how-to-pick .pick-list li").eachText();
		assertThat(advice).hasSize(catalogue.roles().size() - 1)
			.allMatch(line -> line.startsWith("If you ") && line.contains(", consider "));
		assertThat(page.section("how-to-pick")).contains("Software architecture", "Data analysis");
		assertThat(page.links()).contains("/pick");
	}

	@Test
	void theMlEngineerPageFollowsTheSeedsEditorialOrderAndSaysSo() {
		Page page = site.get("/roles/ml-engineer/alternatives");

		assertThat(page.document().select("#ranked ol.alt-list > li h3 a").eachText()).containsExactly("Data Engineer",
				"Data Scientist", "DevOps Engineer", "Backend Engineer", "AI Engineer");
		assertThat(page.select("#ranked .alt-method").text()).startsWith("This order is editorial")
			.contains("Undated article: five alternatives to the Machine Learning Engineer toolkit");
		assertThat(page.select("#ranked .alt-method a").attr("href")).isEqualTo("/sources#S003");
		assertThat(page.select("#alt-data-engineer .alt__reason").text())
			.contains("Ranked 1st in the editorial ranking of Undated article: five alternatives");
		assertThat(page.document().select("#how-to-pick .pick-list li a").eachText()).containsExactly("Data Engineer",
				"Data Scientist", "DevOps Engineer", "Backend Engineer", "AI Engineer");
	}

	@ParameterizedTest
	@ValueSource(strings = { "backend-engineer", "data-engineer", "devops-engineer", "data-scientist", "ai-engineer" })
	void rolesWithoutAnEditorialRankingAreOrderedBySimilarityAndSaySo(String slug) {
		Role role = catalogue.role(slug).orElseThrow();
		Page page = site.get("/roles/" + slug + "/alternatives");

		List<String> bySimilarity = catalogue.roles()
			.stream()
			.filter(other -> !other.equals(role))
			.sorted(Comparator.comparingDouble((Role other) -> Overlap.of(role, other).similarity()).reversed())
			.map(Role::name)
			.toList();
		assertThat(page.document().select("#ranked ol.alt-list > li h3 a").eachText()).isEqualTo(bySimilarity);
		assertThat(page.select("#ranked .alt-method").text()).contains("No source ranks", "similarity score");
		assertThat(page.select("#ranked .alt-method a").attr("href")).isEqualTo("/sources#alternatives-method");
		Role first = byName(bySimilarity.get(0));
		assertThat(page.select("#alt-" + first.slug() + " .alt__reason").text()).contains("Ranked 1st by similarity",
				Overlap.of(role, first).similarityPercent() + "%");
	}

	@Test
	void theBackendEngineerPageShowsSharedSkillsAndToolsAndTheReasonForItsThirdPlace() {
		Page page = site.get("/roles/backend-engineer/alternatives");
		Overlap overlap = Overlap.of(catalogue.role("backend-engineer").orElseThrow(),
				catalogue.role("data-engineer").orElseThrow());

		assertThat(page.select("#alt-data-engineer").text()).contains(overlap.sharedSkills().size() + " skills and "
				+ overlap.sharedTools().size() + " tools, " + overlap.similarityPercent() + "%", "Apache Kafka");
		assertThat(page.select("#alt-ml-engineer .alt__reason").text())
			.matches("Why here\\? Ranked 3rd by similarity, with \\d+% of skills and tools in common with Backend "
					+ "Engineer, against \\d+% for DevOps Engineer\\.");
	}

	@Test
	void payIsComparedOnlyWhereTheTwoFiguresMeasureTheSameThing() {
		Page page = site.get("/roles/ml-engineer/alternatives");

		assertThat(page.select("#alt-backend-engineer").text()).contains(
				"$100k–$180k base salary range, against $160k–$250k for ML Engineer (same basis, US)",
				"$60k lower at the bottom of the band, $70k lower at the top");
		assertThat(page.select("#alt-data-scientist").text()).contains("$112,590 median",
				"measure different things, so no gap is computed");
		assertThat(page.document().select("#alt-data-scientist a[href^=/sources#]").eachAttr("href"))
			.contains("/sources#W4", "/sources#S000");
	}

	@Test
	void everyProfileLinksToItsAlternativesAndToTheGuideAndTheHomePageOffersTheGuide() {
		for (Role role : catalogue.roles()) {
			Page profile = site.get("/roles/" + role.slug());
			assertThat(profile.document().select("#beyond a").eachAttr("href"))
				.contains("/roles/" + role.slug() + "/alternatives", "/pick");
		}
		Page home = site.get("/");
		assertThat(home.section("start")).contains("Not sure where to start?");
		assertThat(home.document().select("#start a").eachAttr("href")).contains("/pick");
	}

	@Test
	void sourcesExplainsTheSimilarityScoreWithEveryPairsFigure() {
		Page page = site.get("/sources");

		assertThat(page.section("alternatives-method")).contains("Jaccard", "S003", "same basis and region");
		Role ml = catalogue.role("ml-engineer").orElseThrow();
		Role data = catalogue.role("data-engineer").orElseThrow();
		assertThat(page.document().select("#alternatives-method tbody tr").first().text())
			.contains(Overlap.of(ml, data).similarityPercent() + "%");
		assertThat(page.document().select("#alternatives-method tbody tr")).hasSize(catalogue.roles().size());
	}

	private Role byName(String name) {
		return catalogue.roles().stream().filter(role -> role.name().equals(name)).findFirst().orElseThrow();
	}

	private static String comparePath(Role a, Role b) {
		Role first = a.displayOrder() < b.displayOrder() ? a : b;
		Role second = first == a ? b : a;
		return "/compare/" + first.slug() + "-vs-" + second.slug();
	}

}
