package com.toolkitatlas.catalogue;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** A citation marker as a browser and a screen reader read it. */
class CitationMarkerTest {

	private static final Source ODD = new Source("W9", false, "Pay <survey> & \"friends\"", null, null, null, "B");

	private final Citations citations = new Citations(List.of(CatalogueFixture.ARTICLE, ODD));

	@Test
	void theMarkerShowsTheSourcesNumberLinksToItsFootnoteAndNamesIt() {
		Element link = Jsoup.parseBodyFragment("<sup class=\"cite\">" + citations.marker(ODD) + "</sup>")
			.selectFirst("sup.cite > a");

		assertThat(link.text()).isEqualTo("2");
		assertThat(link.attr("href")).isEqualTo("#cite-W9");
		assertThat(link.attr("aria-label")).isEqualTo("Source 2: Pay <survey> & \"friends\"");
		assertThat(link.children()).isEmpty();
	}

	@Test
	void anEqualSourceHasTheSameNumberAndMarkerAsTheOneCited() {
		Source copy = new Source(ODD.code(), ODD.seed(), ODD.title(), ODD.url(), ODD.published(), ODD.measured(),
				ODD.confidence());

		assertThat(citations.number(copy)).isEqualTo(2);
		assertThat(citations.marker(copy)).isEqualTo(citations.marker(ODD));
		assertThat(Jsoup.parseBodyFragment(citations.marker(CatalogueFixture.ARTICLE)).selectFirst("a").text())
			.isEqualTo("1");
	}

	@Test
	void aSourceThePageDoesNotCiteHasNoMarker() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Citations(List.of(ODD)).marker(CatalogueFixture.SURVEY));
	}

}
