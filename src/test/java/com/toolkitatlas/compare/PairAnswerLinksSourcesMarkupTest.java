package com.toolkitatlas.compare;

import com.toolkitatlas.catalogue.CatalogueFixture;
import com.toolkitatlas.catalogue.Citations;
import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.catalogue.Source;
import com.toolkitatlas.compare.CompareOutcome.Show;
import com.toolkitatlas.salary.OccupationsFixture;
import com.toolkitatlas.salary.SalaryCharts;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static com.toolkitatlas.catalogue.CatalogueFixture.ML;
import static com.toolkitatlas.catalogue.CatalogueFixture.RESEARCH;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The short answer, the switch links and the list of sources of a pair page, which its
 * view model writes rather than template fragments, as a browser reads them, against the
 * fixture catalogue.
 */
class PairAnswerLinksSourcesMarkupTest {

	private final PairComparison pair = show(
			new ComparisonService(CatalogueFixture.catalogue(), new SalaryCharts(), OccupationsFixture.occupations())
				.pair("ml-engineer-vs-research-scientist"));

	@Test
	void theAnswerHoldsEachRolesFactsThePayWarningWhereTheFiguresDifferTheChoiceAndTheWayOn() {
		Element answer = Jsoup.parseBodyFragment(pair.answerMarkup(pair.citations())).selectFirst("body > section");

		assertThat(answer.id()).isEqualTo("answer");
		assertThat(answer.selectFirst("h2#answer-heading").text()).isEqualTo("The short answer");
		assertThat(answer.select("div.answer__roles > section.answer__role h3").eachText()).containsExactly(ML.name(),
				RESEARCH.name());
		assertThat(answer.select("div.choose#choose > div.choose__option p.choose__if a").eachText())
			.containsExactly(ML.name(), RESEARCH.name());
		Element warning = answer.selectFirst("p.answer__warning");
		if (pair.salary().comparable()) {
			assertThat(warning).isNull();
		}
		else {
			assertThat(warning.selectFirst("span").text()).isEqualTo(pair.salary().warning());
		}
		assertThat(answer.select("p.answer__next a").eachAttr("href")).containsExactly("#verdict", "/pick");
	}

	@Test
	void theSwitchLinksLeadFromEachRoleToTheOther() {
		Document links = Jsoup.parseBodyFragment(pair.switchLinksMarkup());

		Element paragraph = links.selectFirst("body > p.compare-switch");
		assertThat(paragraph.ownText()).startsWith("Making the move:");
		assertThat(paragraph.select("a").eachAttr("href")).containsExactly(move(ML, RESEARCH), move(RESEARCH, ML));
		assertThat(paragraph.select("a").eachText()).containsExactly(
				"from " + ML.shortName() + " to " + RESEARCH.shortName(),
				"from " + RESEARCH.shortName() + " to " + ML.shortName());
	}

	@Test
	void theSourcesAreListedInTheirCitationOrderUnderTheirHeading() {
		Citations citations = pair.citations();

		Element sources = Jsoup.parseBodyFragment(citations.sectionMarkup()).selectFirst("body > section");

		assertThat(sources.id()).isEqualTo("page-sources");
		assertThat(sources.selectFirst("h2#page-sources-heading").text()).isEqualTo("Sources on this page");
		assertThat(citations.sources()).isNotEmpty();
		assertThat(sources.select("ol > li").eachAttr("id"))
			.containsExactlyElementsOf(citations.sources().stream().map(source -> "cite-" + source.code()).toList());
		assertThat(sources.select("ol > li").eachText().stream().toList()).allSatisfy(
				text -> assertThat(citations.sources().stream().map(Source::title).anyMatch(text::contains)).isTrue());
		assertThat(sources.selectFirst("ol + p a").attr("href")).isEqualTo("/sources");
	}

	private static String move(Role from, Role to) {
		return "/switch/" + from.slug() + "-to-" + to.slug();
	}

	private static PairComparison show(CompareOutcome<PairComparison> outcome) {
		return ((Show<PairComparison>) outcome).page();
	}

}
