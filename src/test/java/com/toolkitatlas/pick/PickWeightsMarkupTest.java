package com.toolkitatlas.pick;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static com.toolkitatlas.catalogue.CatalogueFixture.BACKEND;
import static com.toolkitatlas.catalogue.CatalogueFixture.ML;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rows of a weights table on the sources page, as a browser reads them: the option as
 * the row's header, then its weight for each role, signed.
 */
class PickWeightsMarkupTest {

	@Test
	void eachOptionIsARowOfSignedWeights() {
		PickMethod.WeightTable table = new PickMethod.WeightTable("interest", "What draws you?",
				List.of(new PickMethod.Row("maths", "Maths & <proofs>", List.of(3, 0, -1)),
						new PickMethod.Row("systems", "Systems", List.of(-2, 1, 0))));

		Element body = Jsoup.parseBodyFragment("<table><tbody>" + table.rowsMarkup() + "</tbody></table>")
			.selectFirst("tbody");

		assertThat(body.select("tr > th[scope=row]").eachText()).containsExactly("Maths & <proofs>", "Systems");
		assertThat(body.select("tr").get(0).select("td").eachText()).containsExactly("+3", "0", "\u22121");
		assertThat(body.select("tr").get(1).select("td").eachText()).containsExactly("\u22122", "+1", "0");
		assertThat(table.rowsMarkup().chars()).as("one byte a character: references, not characters beyond Latin-1")
			.allMatch(c -> c < 0x100);
	}

	@Test
	void eachTableIsHeadedByTheAnswerAndEveryRole() {
		PickMethod method = new PickMethod(List.of(ML, BACKEND), List.of(), List.of());

		Element header = Jsoup
			.parseBodyFragment("<table><thead><tr>" + method.headerCellsMarkup() + "</tr></thead></table>")
			.selectFirst("thead tr");

		assertThat(header.select("th[scope=col]").eachText()).containsExactly("Answer", ML.shortName(),
				BACKEND.shortName());
	}

}
