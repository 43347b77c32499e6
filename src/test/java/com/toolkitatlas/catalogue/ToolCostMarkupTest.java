package com.toolkitatlas.catalogue;

import com.toolkitatlas.html.Markup;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The links to the evidence of a tool's cost, as a browser reads them. */
class ToolCostMarkupTest {

	@Test
	void oneLicencePageIsOneLinkUnderTheLabelGiven() {
		Document links = links(CatalogueFixture.KUBERNETES.cost(), "evidence");

		assertThat(links.select("a").eachAttr("href")).containsExactly("https://example.org/kubernetes-licence");
		assertThat(links.select("a").eachText()).containsExactly("evidence");
		assertThat(links.select("a").eachAttr("rel")).containsExactly("nofollow");
	}

	@Test
	void severalPagesAreNumberedAndSeparatedByCommas() {
		Document links = links(CatalogueFixture.DOCKER.cost(), "evidence");

		assertThat(links.select("a").eachAttr("href")).containsExactly("https://example.org/docker-licence",
				"https://example.org/docker-pricing");
		assertThat(links.body().text()).isEqualTo("evidence 1, evidence 2");
	}

	@Test
	void anAddressIsEscapedAndTrimmed() {
		Tool.ToolCost cost = new Tool.ToolCost(CatalogueFixture.OPEN_SOURCE, "Free", " https://example.org/a?x=1&y=2 ",
				"2026-11");

		Markup html = new Markup();
		cost.writeEvidenceLinks(html, "licence");
		assertThat(html.toString())
			.isEqualTo("<a href=\"https://example.org/a?x=1&amp;y=2\" rel=\"nofollow\">licence</a>");
	}

	private static Document links(Tool.ToolCost cost, String label) {
		Markup html = new Markup();
		cost.writeEvidenceLinks(html, label);
		return Jsoup.parseBodyFragment(html.toString());
	}

}
