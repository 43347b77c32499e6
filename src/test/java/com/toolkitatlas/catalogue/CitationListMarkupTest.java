package com.toolkitatlas.catalogue;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page's list of sources as a browser reads it: one item per source in the order the
 * page numbers them, each where its markers point, its title linked to its address where
 * it has one, its date and grade, and its entry on the sources page.
 */
class CitationListMarkupTest {

	private static final Source ODD = new Source("W9", false, "Pay <survey> & \"friends\"",
			"https://example.org/pay?year=2024&region=us", "May 2024", "pay", "B");

	private static final Source UNDATED = new Source("S9", true, "An undated article", null, "undated", "skills", null);

	private final Citations citations = new Citations(List.of(UNDATED, ODD, CatalogueFixture.SURVEY));

	private final Element list = Jsoup.parseBodyFragment(citations.sectionMarkup())
		.selectFirst("section#page-sources > ol");

	@Test
	void eachSourceIsAnItemInTheOrderThePageNumbersThemWhereItsMarkerPoints() {
		assertThat(list.children().eachAttr("id")).containsExactly("cite-S9", "cite-W9", "cite-W1");
		for (Source source : citations.sources()) {
			String marker = Jsoup.parseBodyFragment(citations.marker(source)).selectFirst("a").attr("href");
			assertThat(list.select("li" + marker)).as(source.code()).hasSize(1);
		}
	}

	@Test
	void aSourceWithAnAddressLinksItsTitleThereWithItsDateAndGrade() {
		Element odd = list.selectFirst("li#cite-W9");

		Element title = odd.selectFirst("a[rel=nofollow]");
		assertThat(title.text()).isEqualTo("Pay <survey> & \"friends\"");
		assertThat(title.attr("href")).isEqualTo("https://example.org/pay?year=2024&region=us");
		assertThat(odd.selectFirst(".muted").text()).isEqualTo("(May 2024; grade B)");
		assertThat(odd.select("b")).isEmpty();
		assertThat(odd.selectFirst("a.page-sources__more").text()).isEqualTo("W9");
		assertThat(odd.selectFirst("a.page-sources__more").attr("href")).isEqualTo("/sources#W9");
	}

	@Test
	void aSourceWithoutAnAddressNamesItUnlinkedAndSaysItHasNone() {
		Element article = list.selectFirst("li#cite-S9");

		assertThat(article.select("a[rel=nofollow]")).isEmpty();
		assertThat(article.selectFirst("span").text()).isEqualTo("An undated article");
		assertThat(article.selectFirst(".muted").text()).isEqualTo("(undated; no public address)");
		assertThat(article.selectFirst("a.page-sources__more").attr("href")).isEqualTo("/sources#S9");
	}

}
