package com.toolkitatlas.vocabulary;

import java.util.List;

import com.toolkitatlas.catalogue.Catalogue.Usage;
import com.toolkitatlas.catalogue.Importance;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static com.toolkitatlas.catalogue.CatalogueFixture.ARTICLE;
import static com.toolkitatlas.catalogue.CatalogueFixture.BACKEND;
import static com.toolkitatlas.catalogue.CatalogueFixture.DOCKER;
import static com.toolkitatlas.catalogue.CatalogueFixture.ML;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The roles a skill or tool index lists on each row, as a browser reads them: linked by
 * short name, in the order given, core ones marked.
 */
class IndexRolesMarkupTest {

	@Test
	void eachRoleIsLinkedByItsShortNameAndCoreOnesAreMarked() {
		List<Usage> uses = List.of(new Usage(ML, Importance.CORE, ARTICLE),
				new Usage(BACKEND, Importance.SECONDARY, ARTICLE));
		VocabularyIndex.Entry<Object> entry = new VocabularyIndex.Entry<>(DOCKER, uses, "/roles?tool=docker");

		Document row = Jsoup.parseBodyFragment("<ul>" + entry.rolesMarkup() + "</ul>");

		assertThat(row.select("ul > li"))
			.extracting(li -> li.selectFirst("a").attr("href"), li -> li.selectFirst("a").text(),
					li -> li.select(".tag__importance").text())
			.containsExactlyElementsOf(uses.stream()
				.map(use -> tuple("/roles/" + use.role().slug(), use.role().shortName(), use.core() ? "(core)" : ""))
				.toList());
	}

	@Test
	void theCountLinksToTheRolesThatUseItInTheFilter() {
		List<Usage> two = List.of(new Usage(ML, Importance.CORE, ARTICLE),
				new Usage(BACKEND, Importance.SECONDARY, ARTICLE));

		Document cell = Jsoup
			.parseBodyFragment(new VocabularyIndex.Entry<>(DOCKER, two, "/roles?tool=docker").countMarkup());
		Document one = Jsoup.parseBodyFragment(
				new VocabularyIndex.Entry<>(DOCKER, two.subList(0, 1), "/roles?tool=docker").countMarkup());
		Document none = Jsoup
			.parseBodyFragment(new VocabularyIndex.Entry<>(DOCKER, List.of(), "/roles?tool=docker").countMarkup());

		assertThat(cell.select("a")).singleElement()
			.extracting(a -> a.attr("href"), a -> a.text())
			.containsExactly("/roles?tool=docker", two.size() + " roles");
		assertThat(one.select("a").text()).isEqualTo("1 role");
		assertThat(none.select("a")).as("nothing to open").isEmpty();
		assertThat(none.select(".muted").text()).isEqualTo("0 roles");
	}

}
