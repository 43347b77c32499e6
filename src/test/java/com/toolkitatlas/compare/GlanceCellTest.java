package com.toolkitatlas.compare;

import java.util.List;

import com.toolkitatlas.catalogue.Citations;
import com.toolkitatlas.compare.GlanceRow.Cell;
import com.toolkitatlas.compare.GlanceRow.Entry;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static com.toolkitatlas.catalogue.CatalogueFixture.ARTICLE;
import static com.toolkitatlas.catalogue.CatalogueFixture.SURVEY;
import static org.assertj.core.api.Assertions.assertThat;

/** An at-a-glance cell as a browser reads it, whatever it holds. */
class GlanceCellTest {

	private static final Entry GO = new Entry("Go", "/roles?language=go", true, "language");

	private static final Entry RUST = Entry.plain("Rust & <C>");

	@Test
	void oneEntryIsAParagraphAndSeveralAListNumberedOnlyForStepsInOrder() {
		Element single = cell(Cell.of(List.of(GO)), null);
		Element set = cell(Cell.of(List.of(GO, RUST)), null);
		Element steps = cell(new Cell(List.of(RUST, GO), true, null, null, null), null);

		assertThat(single.select("p.glance__single")).singleElement()
			.extracting(Element::text)
			.isEqualTo("Go (language)(core)");
		assertThat(single.select("ul, ol")).isEmpty();
		assertThat(set.select("ul.glance__list > li")).extracting(Element::text)
			.containsExactly("Go (language)(core)", "Rust & <C>");
		assertThat(set.select("ol, p")).isEmpty();
		assertThat(steps.select("ol.glance__list > li")).extracting(Element::text)
			.containsExactly("Rust & <C>", "Go (language)(core)");
		assertThat(steps.select("ul")).isEmpty();
	}

	@Test
	void aSourceIsANumberedMarkerWhereThePageListsItsSourcesAndALinkOtherwise() {
		Cell figure = new Cell(List.of(Entry.plain("$133,080")), false, "Median, US, May 2024", SURVEY, null);
		Citations citations = new Citations(List.of(ARTICLE, SURVEY));

		Element cited = cell(figure, citations);
		Element linked = cell(figure, null);

		assertThat(cited.selectFirst(".salary-chart__basis").text()).isEqualTo("Median, US, May 2024");
		assertThat(cited.select("sup.cite > a")).singleElement()
			.extracting(a -> a.attr("href"), Element::text)
			.containsExactly("#cite-" + SURVEY.code(), String.valueOf(citations.number(SURVEY)));
		assertThat(cited.select(".source-ref")).isEmpty();
		assertThat(linked.select(".source-ref > a")).singleElement()
			.extracting(a -> a.attr("href"), Element::text)
			.containsExactly("/sources#" + SURVEY.code(), SURVEY.title());
		assertThat(linked.select("sup")).isEmpty();
	}

	@Test
	void anEmptyCellSaysSoUnlessItHasANote() {
		Element blank = cell(Cell.of(List.of()), null);
		Element noted = cell(new Cell(List.of(), false, null, null, "Not <named> yet"), null);

		assertThat(blank.select("p.muted").text()).isEqualTo("None named in the sources.");
		assertThat(noted.select("p.glance__note").text()).isEqualTo("Not <named> yet");
		assertThat(noted.select("p.muted")).isEmpty();
		assertThat(noted.select("named")).as("a note is text, never markup").isEmpty();
	}

	@Test
	void aRowIsItsOwnRowGroupHeadedByItsLabelAcrossTheColumnsThenACellPerRole() {
		GlanceRow row = new GlanceRow("Languages & <tools>", List.of(Cell.of(List.of(GO)), Cell.of(List.of(RUST, GO))));

		GlanceRow next = new GlanceRow("Next", List.of(Cell.of(List.of(RUST)), Cell.of(List.of(GO))));
		Element table = Jsoup
			.parseBodyFragment("<table>" + GlanceRow.bodiesMarkup(List.of(row, next), null, 2) + "</table>")
			.selectFirst("table");
		assertThat(table.select("table > tbody > tr > th[scope=rowgroup]").eachText())
			.containsExactly("Languages & <tools>", "Next");
		Element group = table.selectFirst("tbody");

		Element label = group.selectFirst("tr > th[scope=rowgroup]");
		assertThat(label.text()).isEqualTo("Languages & <tools>");
		assertThat(label.attr("colspan")).isEqualTo("2");
		assertThat(group.select("tr")).hasSize(2);
		assertThat(group.select("tr").get(1).select("> td")).extracting(Element::text)
			.containsExactly("Go (language)(core)", "Rust & <C> Go (language)(core)");
	}

	private static Element cell(Cell cell, Citations citations) {
		return Jsoup.parse("<table><tr><td>" + cell.markup(citations) + "</td></tr></table>").selectFirst("td");
	}

}
