package com.toolkitatlas.web;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;

import com.toolkitatlas.catalogue.Catalogue;
import com.toolkitatlas.fit.Item;
import com.toolkitatlas.fit.KnownItems;
import com.toolkitatlas.fit.KnownRequest;
import com.toolkitatlas.support.Page;
import com.toolkitatlas.support.Site;
import com.toolkitatlas.support.WebTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fit and switch addresses are practically unbounded once they carry what a person knows:
 * those are kept only among the query pages, where they compete with each other and
 * cannot push out a page of the catalogue. Without a query, /fit and the switch pages
 * between two roles are as many as the catalogue makes, and are kept with the catalogue's
 * pages; nothing else under /switch is kept at all.
 */
@WebTest
class FitAndSwitchCacheTest {

	@Autowired
	Site site;

	@Autowired
	PageCache cache;

	@Autowired
	Catalogue catalogue;

	@Autowired
	PageAddresses addresses;

	@Test
	void fitAndSwitchPagesAreKeyedByWhatTheyReadOnTheHtmlPageAndInTheApi() {
		List<String> known = List.of("language", "skill", "tool");
		assertThat(Arrays.stream(KnownRequest.class.getRecordComponents()).map(RecordComponent::getName).sorted())
			.containsExactlyElementsOf(known);
		for (String path : List.of("/fit", "/api/fit", "/switch/backend-engineer-to-ml-engineer",
				"/api/switch/backend-engineer-to-ml-engineer")) {
			assertThat(addresses.parametersOf(path, path).names()).as(path).isEqualTo(known);
		}
	}

	@Test
	void pagesForWhatAPersonKnowsAreKeptWithTheQueryPagesOnly() {
		assertThat(PageAddresses.hasQuery(key("/fit", "tool=docker"))).isTrue();
		assertThat(PageAddresses.hasQuery(key("/switch/backend-engineer-to-ml-engineer", "tool=pytorch"))).isTrue();
		assertThat(PageAddresses.hasQuery(key("/fit", null))).isFalse();
		assertThat(PageAddresses.hasQuery(key("/switch/backend-engineer-to-ml-engineer", null))).isFalse();
		assertThat(key("/fit", "tool=docker&utm_source=x")).as("a parameter the page does not read")
			.isEqualTo(key("/fit", "tool=docker"));
	}

	@Test
	void onlyTheSwitchPagesOfTheCatalogueAreKeptWithoutAQuery() {
		for (String path : List.of("/switch/backend-engineer-to-astronaut", "/switch/nothing",
				"/switch/ml-engineer-to-ml-engineer")) {
			Page page = site.get(path);
			assertThat(page.status()).as(path).isIn(301, 404);
			cache.cleanUp();
			assertThat(cache.contains(path)).as(path).isFalse();
		}
		Page move = site.get("/switch/data-engineer-to-ai-engineer");
		assertThat(move.status()).isEqualTo(200);
		cache.cleanUp();
		assertThat(cache.contains("/switch/data-engineer-to-ai-engineer")).isTrue();
	}

	@Test
	void otherSpellingsOfWhatIsKnownAddNothingToTheCache() {
		String fit = new KnownItems(List.of(Item.of(catalogue.skill("mlops").orElseThrow()),
				Item.of(catalogue.tool("docker").orElseThrow()), Item.of(catalogue.tool("kubernetes").orElseThrow())))
			.on("/fit");
		String move = "/switch/backend-engineer-to-ml-engineer?tool=docker";
		assertThat(site.get(fit).status()).isEqualTo(200);
		assertThat(site.get(move).status()).isEqualTo(200);
		cache.cleanUp();
		long entries = cache.entries();

		for (int i = 0; i < 20; i++) {
			String repeats = "&tool=docker".repeat(i + 1);
			assertThat(site.get("/fit?tool=kubernetes&skill=mlops&tool=docker" + repeats).status()).isEqualTo(301);
			assertThat(site.get("/fit?tool=docker,kubernetes&skill=MLOps&x=" + i).status()).isEqualTo(301);
			assertThat(site.get(move + repeats).status()).isEqualTo(301);
			assertThat(site.get(fit + "&utm_source=" + i).status()).isEqualTo(200);
		}
		cache.cleanUp();

		assertThat(cache.entries()).as("one entry per answer, however it is spelled").isEqualTo(entries);
	}

	private String key(String path, String query) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		if (query != null) {
			request.setQueryString(query);
			for (String pair : query.split("&")) {
				String[] parts = pair.split("=", 2);
				request.addParameter(parts[0], parts[1]);
			}
		}
		return addresses.key(path, request);
	}

}
