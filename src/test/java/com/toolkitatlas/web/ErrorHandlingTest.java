package com.toolkitatlas.web;

import java.util.Map;

import com.toolkitatlas.support.Page;
import com.toolkitatlas.support.Site;
import com.toolkitatlas.support.WebTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@WebTest
class ErrorHandlingTest {

	@Autowired
	Site site;

	@Test
	void anUnknownAddressGetsAHelpful404PageInTheSiteLayout() {
		Page page = site.get("/no/such/page");

		assertThat(page.status()).isEqualTo(404);
		assertThat(page.header("content-type")).startsWith("text/html");
		assertThat(page.h1()).isEqualTo("Not found");
		assertThat(page.text()).contains("There is no page at “/no/such/page”", "What the atlas has");
		assertThat(page.links()).contains("/roles/ml-engineer", "/roles", "/");
	}

	@Test
	void everyErrorPageLinksTheSameVersionedStylesheetAsThePages() {
		String stylesheet = site.get("/").document().selectFirst("link[rel=stylesheet]").attr("href");
		assertThat(stylesheet).matches("/assets/site-[0-9a-f]{32}\\.css");

		for (String address : new String[] { "/no/such/page", "/roles/astronaut", "/roles?minSalary=lots", "/error" }) {
			Page page = site.get(address);
			assertThat(page.document().selectFirst("link[rel=stylesheet]").attr("href")).as(address)
				.isEqualTo(stylesheet);
		}
	}

	@Test
	void unknownApiAddressesAnswerWithProblemDetailsEvenToABrowser() {
		Page page = site.get("/api/nothing-here");

		assertThat(page.status()).isEqualTo(404);
		assertThat(page.header("content-type")).startsWith("application/problem+json");
		assertThat(page.body()).contains("\"status\":404");
	}

	@Test
	void aMethodOtherThanGetIsRefusedWithoutAStackTrace() {
		Page page = site.send("POST", "/roles/ml-engineer", Map.of("Accept", "text/html"));

		assertThat(page.status()).isEqualTo(405);
		assertThat(page.text()).contains("only answers GET requests").doesNotContain("Exception", "at org.");
	}

	@Test
	void theH2ConsoleIsNotExposed() {
		assertThat(site.get("/h2-console").status()).isEqualTo(404);
	}

}
