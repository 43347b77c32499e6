package com.toolkitatlas.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NavigationTest {

	@Test
	void everySectionIsLinkedAndThePagesOwnIsMarkedCurrent() {
		assertThat(current("/roles/ml-engineer/alternatives")).isEqualTo("/roles");
		assertThat(current("/compare/ml-engineer-vs-backend-engineer")).isEqualTo("/compare");
		assertThat(current("/switch/backend-engineer-to-ml-engineer")).isEqualTo("/fit");
		assertThat(current("/fit")).isEqualTo("/fit");
		assertThat(current("/tools/kubernetes")).isEqualTo("/tools");
		assertThat(current("/sources")).isEqualTo("/sources");
		assertThat(current("/api")).isEqualTo("/api");
		assertThat(current("/")).isEmpty();
		assertThat(current("/api/roles")).as("the JSON's error page is not the API reference").isEmpty();
		assertThat(current(null)).isEmpty();
	}

	@Test
	void theLinksAreTheSectionsInTheirOrder() {
		Document navigation = Jsoup.parseBodyFragment("<ul>" + Navigation.markup("/") + "</ul>");

		assertThat(navigation.select("li > a").eachAttr("href")).containsExactly("/roles", "/compare", "/pick", "/hire",
				"/fit", "/skills", "/tools", "/sources", "/api");
		assertThat(navigation.select("li > a").eachText()).containsExactly("Roles", "Compare", "How to pick", "Hire",
				"Where you fit", "Skills", "Tools", "Sources", "API");
	}

	private static String current(String path) {
		Document navigation = Jsoup.parseBodyFragment("<ul>" + Navigation.markup(path) + "</ul>");
		assertThat(navigation.select("[aria-current]")).hasSizeLessThanOrEqualTo(1)
			.allMatch(link -> link.attr("aria-current").equals("page"));
		return navigation.select("[aria-current=page]").eachAttr("href").stream().findFirst().orElse("");
	}

}
