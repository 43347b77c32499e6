package com.toolkitatlas.source;

import java.util.List;

import com.toolkitatlas.catalogue.Source;
import com.toolkitatlas.source.SourceService.SourcesPage;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static com.toolkitatlas.catalogue.CatalogueFixture.ARTICLE;
import static com.toolkitatlas.catalogue.CatalogueFixture.DOCKER;
import static com.toolkitatlas.catalogue.CatalogueFixture.PYTORCH;
import static com.toolkitatlas.catalogue.CatalogueFixture.SURVEY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sources page's two long tables as a browser reads them, from the fixture's sources
 * and tools.
 */
class SourcesTablesMarkupTest {

	private static final Source ODD = new Source("W9", false, "Pay <survey> & \"friends\"",
			"https://example.org/?a=1&b=2", "2025", "Median <pay>", null);

	private final SourcesPage page = new SourcesPage(List.of(ARTICLE, SURVEY, ODD), List.of(DOCKER, PYTORCH), List.of(),
			List.of(), null, null, null, List.of(), null, null);

	@Test
	void eachSourceIsARowIdentifiedByItsCodeLinkedWhereItHasAnAddressAndGradedOrNot() {
		Document table = table(page.sourceRowsMarkup());

		assertThat(table.select("tbody > tr").eachAttr("id")).containsExactly(ARTICLE.code(), SURVEY.code(), "W9");
		Element article = table.getElementById(ARTICLE.code());
		assertThat(article.select("th a")).isEmpty();
		assertThat(article.selectFirst("th").text()).isEqualTo(ARTICLE.title() + " (no public address)");
		Element odd = table.getElementById("W9");
		assertThat(odd.selectFirst("th a[rel=nofollow]").attr("href")).isEqualTo("https://example.org/?a=1&b=2");
		assertThat(odd.selectFirst("th a").text()).isEqualTo("Pay <survey> & \"friends\"");
		assertThat(odd.select("td").eachText()).containsExactly("W9", "2025", "Median <pay>", "not graded");
		assertThat(table.getElementById(SURVEY.code()).select("td").last().text()).isEqualTo(SURVEY.confidence());
	}

	@Test
	void eachCheckedToolIsARowWithItsCostModelNoteEveryPieceOfEvidenceAndWhenItWasRead() {
		Document table = table(page.checkedToolRowsMarkup());

		assertThat(table.select("tbody > tr > th[scope=row]").eachText()).containsExactly("Docker", "PyTorch");
		Element docker = table.selectFirst("tr:has(th:contains(Docker))");
		assertThat(docker.select("td").get(0).text()).isEqualTo(DOCKER.cost().model().label());
		assertThat(docker.select("td").get(1).text()).isEqualTo(DOCKER.cost().note());
		assertThat(docker.select("td a[rel=nofollow]").eachText()).containsExactly("evidence 1", "evidence 2");
		assertThat(docker.select("td a").eachAttr("href")).containsExactlyElementsOf(DOCKER.cost().evidenceLinks());
		assertThat(docker.selectFirst("td .muted").text()).isEqualTo("(" + DOCKER.cost().checked() + ")");
		Element pytorch = table.selectFirst("tr:has(th:contains(PyTorch))");
		assertThat(pytorch.select("td a").eachText()).containsExactly("licence or pricing page");
	}

	private static Document table(String html) {
		return Jsoup.parse("<table><tbody>" + html + "</tbody></table>");
	}

}
