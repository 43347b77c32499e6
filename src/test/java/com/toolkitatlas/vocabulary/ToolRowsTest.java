package com.toolkitatlas.vocabulary;

import java.util.List;

import com.toolkitatlas.catalogue.Catalogue.Usage;
import com.toolkitatlas.catalogue.Category;
import com.toolkitatlas.catalogue.Importance;
import com.toolkitatlas.catalogue.Tool;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static com.toolkitatlas.catalogue.CatalogueFixture.ARTICLE;
import static com.toolkitatlas.catalogue.CatalogueFixture.BACKEND;
import static com.toolkitatlas.catalogue.CatalogueFixture.DOCKER;
import static com.toolkitatlas.catalogue.CatalogueFixture.ML;
import static com.toolkitatlas.catalogue.CatalogueFixture.PLATFORM;
import static com.toolkitatlas.catalogue.CatalogueFixture.SPARK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The rows of the tool index as a browser reads them: a row per tool, its name linked as
 * the row's header, its cost model or that it was not checked, the count and the roles.
 */
class ToolRowsTest {

	@Test
	void eachToolIsARowWithItsCostModelAndTheRolesThatUseIt() {
		Tool quoted = new Tool("a-b", "A <&> \"B\"", PLATFORM, DOCKER.cost());
		List<Usage> uses = List.of(new Usage(ML, Importance.CORE, ARTICLE),
				new Usage(BACKEND, Importance.SECONDARY, ARTICLE));
		VocabularyIndex.Group<Tool> group = new VocabularyIndex.Group<>(PLATFORM,
				List.of(new VocabularyIndex.Entry<>(DOCKER, uses, "/roles?tool=docker"),
						new VocabularyIndex.Entry<>(SPARK, List.of(), "/roles?tool=spark"),
						new VocabularyIndex.Entry<>(quoted, uses.subList(0, 1), "/roles?tool=a-b")));

		Element table = Jsoup.parseBodyFragment("<table><tbody>" + new ToolRows().markup(group) + "</tbody></table>")
			.selectFirst("table");

		assertThat(table.select("tbody > tr"))
			.extracting(Element::id, row -> row.selectFirst("th[scope=row] > a").attr("href"),
					row -> row.selectFirst("th > a").text(), row -> row.child(1).text(), row -> row.child(2).text(),
					row -> row.select("td ul.inline-list > li a").eachText())
			.containsExactly(
					tuple("tool-docker", "/tools/docker", "Docker", DOCKER.cost().model().label(), "2 roles",
							List.of(ML.shortName(), BACKEND.shortName())),
					tuple("tool-spark", "/tools/spark", "Apache Spark", "Not checked yet", "0 roles", List.of()),
					tuple("tool-a-b", "/tools/a-b", "A <&> \"B\"", DOCKER.cost().model().label(), "1 role",
							List.of(ML.shortName())));
		assertThat(table.select("td.vocabulary-table__count a").eachAttr("href")).containsExactly("/roles?tool=docker",
				"/roles?tool=a-b");
	}

	@Test
	void aCategoryWithoutToolsHasNoRows() {
		assertThat(new ToolRows().markup(new VocabularyIndex.Group<Tool>(new Category("empty", "Empty", 9), List.of())))
			.isBlank();
	}

}
