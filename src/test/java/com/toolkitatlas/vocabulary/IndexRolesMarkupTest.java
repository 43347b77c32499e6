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
		VocabularyIndex.Entry<Object> entry = new VocabularyIndex.Entry<>(DOCKER, uses);

		Document row = Jsoup.parseBodyFragment("<ul>" + entry.rolesMarkup() + "</ul>");

		assertThat(row.select("ul > li"))
			.extracting(li -> li.selectFirst("a").attr("href"), li -> li.selectFirst("a").text(),
					li -> li.select(".tag__importance").text())
			.containsExactlyElementsOf(uses.stream()
				.map(use -> tuple("/roles/" + use.role().slug(), use.role().shortName(), use.core() ? "(core)" : ""))
				.toList());
	}

}
