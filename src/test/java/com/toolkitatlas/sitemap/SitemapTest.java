package com.toolkitatlas.sitemap;

import java.util.List;

import com.toolkitatlas.catalogue.Catalogue;
import com.toolkitatlas.catalogue.RolePair;
import com.toolkitatlas.support.Page;
import com.toolkitatlas.support.Site;
import com.toolkitatlas.support.WebTest;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@WebTest
class SitemapTest {

	@Autowired
	Site site;

	@Autowired
	Catalogue catalogue;

	@Test
	void listsEveryCanonicalPageAndEachAnswersWithItsOwnCanonicalAddress() {
		Page sitemap = site.get("/sitemap.xml");
		assertThat(sitemap.status()).isEqualTo(200);
		assertThat(sitemap.header("content-type")).startsWith("application/xml");
		List<String> locations = Jsoup.parse(sitemap.body(), "", Parser.xmlParser())
			.select("url > loc")
			.stream()
			.map(Element::text)
			.toList();
		int expected = 8 + 2 * catalogue.roles().size() + catalogue.pairs().size() + catalogue.skills().size()
				+ catalogue.tools().size();
		assertThat(locations).hasSize(expected).doesNotHaveDuplicates();
		for (RolePair pair : catalogue.pairs()) {
			assertThat(locations).anyMatch(location -> location.endsWith(pair.path()));
		}
		for (String location : locations) {
			String path = location.replaceFirst("^https?://[^/]+", "");
			Page page = site.get(path);
			assertThat(page.status()).as(path).isEqualTo(200);
			Element canonical = page.document().selectFirst("link[rel=canonical]");
			if (canonical != null) {
				assertThat(canonical.attr("href")).as(path).isEqualTo(location);
			}
		}
	}

	@Test
	void robotsTxtPointsToTheSitemap() {
		Page robots = site.get("/robots.txt");
		assertThat(robots.status()).isEqualTo(200);
		assertThat(robots.body()).contains("User-agent: *").containsPattern("Sitemap: https?://\\S+/sitemap\\.xml");
	}

}
