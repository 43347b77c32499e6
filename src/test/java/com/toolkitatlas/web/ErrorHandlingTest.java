package com.toolkitatlas.web;

import java.util.List;
import java.util.Map;

import com.toolkitatlas.support.HtmlChecker;
import com.toolkitatlas.support.Page;
import com.toolkitatlas.support.RawHttp;
import com.toolkitatlas.support.Site;
import com.toolkitatlas.support.WebTest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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
	void aProgramAskingForJsonGetsProblemDetails() {
		Page page = site.getJson("/roles/astronaut");

		assertThat(page.status()).isEqualTo(404);
		assertThat(page.header("content-type")).startsWith("application/problem+json");
		assertThat(page.body()).contains("\"title\":\"Not found\"", "\"status\":404",
				"There is no role called “astronaut”", "\"instance\":\"/roles/astronaut\"");
	}

	@Test
	void aProblemListsItsMembersInTheOrderOfRfc9457ThenItsExtensions() {
		assertThat(site.getJson("/api/roles/astronaut").body())
			.isEqualTo("{\"type\":\"about:blank\",\"title\":\"Not found\","
					+ "\"status\":404,\"detail\":\"There is no role called “astronaut”.\",\"instance\":\"/api/roles/astronaut\"}");
		assertThat(site.getJson("/api/compare?roles=ml-engineer").body())
			.startsWith("{\"type\":\"about:blank\",\"title\":\"Bad request\",\"status\":400,\"detail\":")
			.endsWith("\"instance\":\"/api/compare\",\"parameter\":\"roles\"}");
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

	@ParameterizedTest
	@ValueSource(strings = { "/x.js", "/x.css", "/roles/x.json", "/assets-not/x.svg" })
	void anErrorIsAnHtmlPageWhateverTheAddressEndsWith(String address) {
		Page page = site.get(address, Map.of("Accept", "*/*"));

		assertThat(page.status()).isEqualTo(404);
		assertThat(page.header("content-type")).isEqualTo("text/html;charset=UTF-8");
		assertThat(page.h1()).isEqualTo("Not found");
	}

	@Test
	void anUnknownApiResourceIsA404ProblemEvenWhenTheRequestAcceptsOnlyHtml() {
		Page page = site.get("/api/roles/astronaut", Map.of("Accept", "text/html"));

		assertThat(page.status()).isEqualTo(404);
		assertThat(page.header("content-type")).startsWith("application/problem+json");
		assertThat(page.body()).contains("\"status\":404", "There is no role called “astronaut”");
	}

	@Test
	void anApiResourceAskedForInAFormatItHasNotIsA406Problem() {
		Page page = site.get("/api/roles/ml-engineer", Map.of("Accept", "text/html"));

		assertThat(page.status()).isEqualTo(406);
		assertThat(page.header("content-type")).startsWith("application/problem+json");
		assertThat(page.body()).contains("\"status\":406", "cannot answer in the format the request asked for");
	}

	@Test
	void aRequestTomcatRefusesGetsTheSameErrorPageWithTheVersionedStylesheet() {
		String stylesheet = site.get("/").document().selectFirst("link[rel=stylesheet]").attr("href");

		Page page = RawHttp.get(site.port(), "/roles/a%2Fb", "Accept: text/html\r\n");

		assertThat(page.status()).isEqualTo(400);
		assertThat(page.header("content-type")).isEqualTo("text/html;charset=UTF-8");
		assertThat(page.h1()).isEqualTo("Bad request");
		assertThat(page.document().select("h2").eachText()).contains("What the atlas has");
		assertThat(page.document().selectFirst("link[rel=stylesheet]").attr("href")).isEqualTo(stylesheet);
		assertThat(page.header("content-security-policy")).contains("default-src 'self'");
		assertThat(page.body()).doesNotContain("a%2Fb", "a/b");

		Page problem = RawHttp.get(site.port(), "/roles/a%2Fb", "Accept: application/json\r\n");
		assertThat(problem.status()).isEqualTo(400);
		assertThat(problem.header("content-type")).startsWith("application/problem+json");
		assertThat(problem.body()).contains("\"title\":\"Bad request\"", "\"status\":400");
	}

	@Test
	void aMethodThatIsNotAllowedSaysWhichAre() {
		Page page = site.send("DELETE", "/roles/ml-engineer", Map.of("Accept", "application/json"));

		assertThat(page.status()).isEqualTo(405);
		assertThat(page.header("allow")).contains("GET");
		assertThat(page.header("content-type")).startsWith("application/problem+json");
	}

	@Test
	void everyKindOfErrorPageIsValidHtml() {
		List<Page> pages = List.of(site.get("/no/such/page"), site.get("/compare?roles=ml-engineer"),
				site.get("/compare/ml-engineer-vs-astronaut"), site.get("/roles?tool=kubernets&minSalary=lots"),
				site.get("/pick?interest=astrology"),
				RawHttp.get(site.port(), "/roles/a%2Fb", "Accept: text/html\r\n"));
		for (Page page : pages) {
			assertThat(page.status()).as(page.path()).isBetween(400, 499);
			assertThat(HtmlChecker.shared().check(page.body()).errors()).as(page.path()).isEmpty();
			assertThat(page.document().select("h2").eachText()).as(page.path()).contains("What the atlas has");
		}
	}

	@Test
	void theH2ConsoleIsNotExposed() {
		assertThat(site.get("/h2-console").status()).isEqualTo(404);
	}

}
