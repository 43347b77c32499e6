package com.toolkitatlas.compare;

import java.util.List;

import com.toolkitatlas.catalogue.Catalogue;
import com.toolkitatlas.catalogue.CatalogueFixture;
import com.toolkitatlas.catalogue.Category;
import com.toolkitatlas.catalogue.Skill;
import com.toolkitatlas.catalogue.Tool;
import com.toolkitatlas.compare.CompareOutcome.Show;
import com.toolkitatlas.salary.SalaryCharts;
import com.toolkitatlas.support.FixtureConfiguration;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static com.toolkitatlas.catalogue.CatalogueFixture.DATA;
import static com.toolkitatlas.catalogue.CatalogueFixture.ML;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lists a pair page's view model writes itself (the overlap's tags, each role's core
 * tools and their costs), as a browser reads them, against the fixture catalogue.
 */
class PairListsMarkupTest {

	private final Catalogue catalogue = CatalogueFixture.catalogue();

	private final PairComparison pair = show(
			new ComparisonService(catalogue, new SalaryCharts(), FixtureConfiguration.occupationsOf(catalogue))
				.pair("ml-engineer-vs-data-engineer"));

	@Test
	void theOverlapsTagsLinkEachSkillAndToolToItsPageInTheOverlapsOrder() {
		Document skills = list(pair.skillTags(pair.overlap().onlyFirstSkills()));
		Document tools = list(pair.toolTags(pair.overlap().sharedTools()));

		assertThat(skills.select("ul > li > a").eachText())
			.containsExactlyElementsOf(pair.overlap().onlyFirstSkills().stream().map(Skill::name).toList());
		assertThat(skills.select("ul > li > a").eachAttr("href")).containsExactlyElementsOf(
				pair.overlap().onlyFirstSkills().stream().map(skill -> "/skills/" + skill.slug()).toList());
		assertThat(tools.select("ul > li > a").eachAttr("href")).containsExactlyElementsOf(
				pair.overlap().sharedTools().stream().map(tool -> "/tools/" + tool.slug()).toList());
		assertThat(pair.overlap().onlyFirstSkills()).isNotEmpty();
		assertThat(pair.overlap().sharedTools()).isNotEmpty();
	}

	@Test
	void namesAreEscaped() {
		Category odd = new Category("odd", "Odd", 1);
		Document tools = list(pair.toolTags(List.of(new Tool("a-b", "A <b> & \"c\"", odd, null))));

		assertThat(tools.selectFirst("li > a").text()).isEqualTo("A <b> & \"c\"");
		assertThat(tools.select("b")).isEmpty();
	}

	@Test
	void eachCoreToolIsARowWithItsCostModelAndEveryPieceOfEvidenceOrNotCheckedYet() {
		Document ml = table(pair.toolCostRows(ML));
		Document data = table(pair.toolCostRows(DATA));

		assertThat(ml.select("tr > th[scope=row] > a").eachText())
			.containsExactlyElementsOf(ML.coreTools().stream().map(link -> link.tool().name()).toList());
		Element docker = row(ml, "/tools/docker");
		assertThat(docker.select("td > span").first().text()).isEqualTo("Open source");
		assertThat(docker.select(".source-ref a").eachText()).containsExactly("evidence 1", "evidence 2");
		assertThat(docker.select(".source-ref a").eachAttr("href"))
			.containsExactly("https://example.org/docker-licence", "https://example.org/docker-pricing");
		assertThat(docker.select(".source-ref a").eachAttr("rel")).containsOnly("nofollow");
		assertThat(docker.selectFirst(".source-ref").text()).isEqualTo("evidence 1, evidence 2");
		assertThat(row(ml, "/tools/pytorch").select(".source-ref a").eachText()).containsExactly("evidence");
		Element spark = row(data, "/tools/spark");
		assertThat(spark.selectFirst("td.muted").text()).isEqualTo("Not checked yet");
		assertThat(spark.select("a[rel=nofollow]")).isEmpty();
	}

	private static Element row(Document table, String href) {
		return table.selectFirst("tr:has(th > a[href=" + href + "])");
	}

	private static Document list(String html) {
		return Jsoup.parseBodyFragment("<ul>" + html + "</ul>");
	}

	private static Document table(String html) {
		return Jsoup.parse("<table><tbody>" + html + "</tbody></table>");
	}

	@SuppressWarnings("unchecked")
	private static PairComparison show(CompareOutcome<PairComparison> outcome) {
		assertThat(outcome).isInstanceOf(Show.class);
		return ((Show<PairComparison>) outcome).page();
	}

}
