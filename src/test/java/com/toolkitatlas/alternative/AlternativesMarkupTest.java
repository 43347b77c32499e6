package com.toolkitatlas.alternative;

import java.util.List;

import com.toolkitatlas.alternative.Alternatives.Alternative;
import com.toolkitatlas.catalogue.Catalogue;
import com.toolkitatlas.catalogue.CatalogueFixture;
import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.pick.PickGuideFixture;
import com.toolkitatlas.role.RoleServices;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

import static com.toolkitatlas.catalogue.CatalogueFixture.BACKEND;
import static com.toolkitatlas.catalogue.CatalogueFixture.DATA;
import static com.toolkitatlas.catalogue.CatalogueFixture.DEVOPS;
import static com.toolkitatlas.catalogue.CatalogueFixture.ML;
import static com.toolkitatlas.catalogue.CatalogueFixture.RESEARCH;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a reader sees in the lists of an alternatives page, over the fixture catalogue:
 * the Backend Engineer's alternatives (see {@link AlternativeServiceTest} for the ranking
 * itself).
 */
class AlternativesMarkupTest {

	private final Catalogue catalogue = CatalogueFixture.catalogue();

	private final Alternatives page = new AlternativeService(catalogue, RoleServices.over(catalogue),
			PickGuideFixture.guide(catalogue))
		.of("backend-engineer");

	@Test
	void eachAlternativeIsAnItemWithItsRankNameReasonDifferenceAndBestFor() {
		Elements items = parse("<ol>" + page.rankedMarkup() + "</ol>").select("ol > li.alt");

		assertThat(items).extracting(item -> item.id())
			.containsExactly("alt-devops-engineer", "alt-data-engineer", "alt-ml-engineer", "alt-research-scientist");
		for (int i = 0; i < items.size(); i++) {
			Element item = items.get(i);
			Alternative alt = page.alternatives().get(i);
			Role other = alt.role();
			assertThat(item.selectFirst(".alt__rank").text()).isEqualTo((i + 1) + ".");
			assertThat(item.selectFirst("h3 a").attr("href")).isEqualTo("/roles/" + other.slug());
			assertThat(item.selectFirst("h3 a").text()).isEqualTo(other.name());
			assertThat(item.selectFirst(".alt__headline").text()).isEqualTo(other.headline());
			assertThat(item.selectFirst(".alt__reason").text()).isEqualTo("Why here? " + alt.rankReason());
			assertThat(item.select("h4 + p").first().text())
				.isEqualTo(catalogue.pair(BACKEND, other).orElseThrow().difference());
			assertThat(item.select("ul > li").eachText()).containsExactlyElementsOf(other.bestFor());
			assertThat(item.select(".alt__facts dt").eachText()).containsExactly("In common", "Pay");
			assertThat(item.select(".alt__links a").eachAttr("href")).containsExactly("/roles/" + other.slug(),
					alt.comparePath(), "/switch/backend-engineer-to-" + other.slug());
			assertThat(item.select(".alt__links a").eachText()).containsExactly("Full " + other.name() + " profile",
					"Compare Backend Engineer with " + other.shortName(),
					"How to make this move, to " + other.shortName());
		}
	}

	@Test
	void thePayKeepsItsDashAndCitesBothFiguresSourcesOnceEach() {
		Element ml = parse("<ol>" + page.rankedMarkup() + "</ol>").getElementById("alt-ml-engineer");
		Element pay = ml.select(".alt__facts dd").get(1);

		assertThat(pay.selectFirst("span").text()).isEqualTo("$160k–$250k base salary range, against $100k–$180k for "
				+ "Backend Engineer (same basis, US): $60k higher at the bottom of the band, $70k higher at the top.");
		assertThat(page.rankedMarkup()).contains("$160k\u2013$250k").doesNotContain("&ndash;");
		List<String> sources = pay.select(".source-ref a").eachAttr("href");
		assertThat(sources).first().isEqualTo("/sources#" + ML.headlineSalary().source().code());
		assertThat(sources).doesNotHaveDuplicates()
			.contains("/sources#" + BACKEND.headlineSalary().source().code())
			.hasSize(ML.headlineSalary().source().equals(BACKEND.headlineSalary().source()) ? 1 : 2);
	}

	@Test
	void theSideBySideTableMarksTheRoleItselfAndListsEachRolesCoreTools() {
		Elements rows = parse("<table><tbody>" + page.sideBySideMarkup() + "</tbody></table>").select("tbody > tr");

		assertThat(rows).extracting(row -> row.selectFirst("th a").text())
			.containsExactly(BACKEND.name(), DEVOPS.name(), DATA.name(), ML.name(), RESEARCH.name());
		assertThat(rows.get(0).hasClass("side-by-side__current")).isTrue();
		assertThat(rows.get(0).selectFirst("th").text()).isEqualTo(BACKEND.name() + " (this role)");
		assertThat(rows.get(1).hasClass("side-by-side__current")).isFalse();
		assertThat(rows.get(1).selectFirst("th").text()).isEqualTo(DEVOPS.name());
		assertThat(rows.get(0).select("td").eachText()).containsExactly(BACKEND.primaryFocus(),
				BACKEND.keyResponsibility(), "Docker, Kubernetes, PostgreSQL", BACKEND.typicalDeliverable());
	}

	@Test
	void theGuideLinksEachAlternativeToItsPlaceInTheRanking() {
		Elements advice = parse("<ul>" + page.pickListMarkup() + "</ul>").select("li");

		assertThat(advice).hasSameSizeAs(page.alternatives());
		assertThat(advice.get(0).text()).isEqualTo("If " + DEVOPS.chooseIf() + ", consider " + DEVOPS.name() + ".");
		assertThat(advice.select("a").eachAttr("href")).containsExactly("#alt-devops-engineer", "#alt-data-engineer",
				"#alt-ml-engineer", "#alt-research-scientist");

		Elements strengths = parse("<dl>" + page.strengthsMarkup() + "</dl>").select("dl > div");
		assertThat(strengths).extracting(fit -> fit.selectFirst("dt").text())
			.containsExactly("Mathematics", "System operations", "Software architecture");
		assertThat(strengths.get(0).selectFirst("dd").text()).isEqualTo(ML.name() + ", " + RESEARCH.name());
		assertThat(strengths.get(0).select("dd a").eachAttr("href")).containsExactly("#alt-ml-engineer",
				"#alt-research-scientist");
	}

	private static Element parse(String html) {
		return Jsoup.parseBodyFragment(html).body();
	}

}
