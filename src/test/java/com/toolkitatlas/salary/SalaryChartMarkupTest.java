package com.toolkitatlas.salary;

import java.util.List;

import com.toolkitatlas.catalogue.Citations;
import com.toolkitatlas.catalogue.SalaryFigure;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static com.toolkitatlas.catalogue.CatalogueFixture.ARTICLE;
import static com.toolkitatlas.catalogue.CatalogueFixture.BACKEND;
import static com.toolkitatlas.catalogue.CatalogueFixture.ML;
import static com.toolkitatlas.catalogue.CatalogueFixture.SURVEY;
import static org.assertj.core.api.Assertions.assertThat;

/** A salary chart's rows as a browser and a screen reader read them. */
class SalaryChartMarkupTest {

	private final SalaryCharts charts = new SalaryCharts();

	@Test
	void eachHeadlineIsARowNamingTheRoleItsBasisAndItsAmountWithItsFootnote() {
		SalaryChart chart = charts.headlines(List.of(ML, BACKEND));
		Citations citations = new Citations(List.of(SURVEY, ARTICLE));

		Document rows = rows(chart.rowsMarkup(citations));

		assertThat(rows.select("tbody > tr")).hasSize(2);
		Element ml = rows.selectFirst("tr:has(th > a[href=/roles/ml-engineer])");
		assertThat(ml.selectFirst("th > a").text()).isEqualTo(ML.name());
		SalaryFigure pay = ML.headlineSalary();
		assertThat(ml.selectFirst("th .salary-chart__basis").text())
			.isEqualTo(pay.basis().label() + ", " + pay.region() + ", " + pay.period());
		assertThat(ml.selectFirst(".salary-chart__value > span").text()).isEqualTo(pay.summary());
		Element marker = ml.selectFirst(".salary-chart__value > sup.cite > a");
		assertThat(marker.text()).isEqualTo("2");
		assertThat(marker.attr("href")).isEqualTo("#cite-" + ARTICLE.code());
		assertThat(ml.select(".source-ref")).isEmpty();
		Bar bar = new Bar(chart.bars().get(0));
		assertThat(ml.selectFirst("svg[aria-hidden=true] rect.salary-chart__band").attr("x")).isEqualTo(bar.start);
		assertThat(ml.selectFirst("rect.salary-chart__band").attr("width")).isEqualTo(bar.width);
	}

	@Test
	void withoutNumberedSourcesEachFigureLinksToItsSourceAndAMedianIsAMark() {
		SalaryChart chart = charts.of(ML);

		Document rows = rows(chart.rowsMarkup(null));

		assertThat(rows.select("tbody > tr > th > span:not(.salary-chart__basis)").eachText())
			.containsExactlyElementsOf(ML.salaries().stream().map(SalaryFigure::label).toList());
		assertThat(rows.select("sup.cite")).isEmpty();
		Element median = rows.selectFirst("tr:has(rect.salary-chart__point)");
		assertThat(median.selectFirst(".source-ref a").attr("href")).isEqualTo("/sources#" + SURVEY.code());
		assertThat(median.selectFirst(".source-ref").text()).isEqualTo("Source: " + SURVEY.title());
		SalaryChart.Bar bar = chart.bars().stream().filter(b -> b.point() != null).findFirst().orElseThrow();
		assertThat(median.selectFirst("rect.salary-chart__point").attr("x"))
			.isEqualTo(String.valueOf(bar.point() - 0.6));
	}

	@Test
	void theWholeChartHasItsCaptionItsScaleWithATickMarkPerTickAndALabelPerLabelledTickAndItsRows() {
		SalaryChart chart = charts.headlines(List.of(ML, BACKEND));
		Citations citations = new Citations(List.of(SURVEY, ARTICLE));

		Element figure = Jsoup.parseBodyFragment(chart.figureMarkup("Pay of <both> & more", citations))
			.selectFirst("figure.salary-chart");

		assertThat(figure.selectFirst("figcaption").text()).isEqualTo("Pay of <both> & more");
		Element axis = figure.selectFirst("thead th.salary-chart__axis");
		assertThat(axis.selectFirst(".visually-hidden").text())
			.isEqualTo("Drawn on a scale from $0 to $" + chart.maxUsd() / 1000 + "k");
		assertThat(axis.select("svg[aria-hidden=true] text.salary-chart__tick-label").eachText())
			.containsExactlyElementsOf(chart.labelledTicks().stream().map(SalaryChart.Tick::label).toList());
		assertThat(axis.select("text.salary-chart__tick-label").eachAttr("x"))
			.containsExactlyElementsOf(chart.labelledTicks().stream().map(tick -> tick.position() + "%").toList());
		assertThat(axis.select("line.salary-chart__tick").eachAttr("x1"))
			.containsExactlyElementsOf(chart.ticks().stream().map(tick -> tick.position() + "%").toList());
		assertThat(axis.select("line.salary-chart__tick").eachAttr("x2"))
			.isEqualTo(axis.select("line.salary-chart__tick").eachAttr("x1"));
		assertThat(figure.select("tbody > tr > th > a").eachText()).containsExactly(ML.name(), BACKEND.name());
		assertThat(figure.select("tbody sup.cite > a").eachAttr("href")).containsOnly("#cite-" + ARTICLE.code());
	}

	private static Document rows(String html) {
		return Jsoup.parse("<table><tbody>" + html + "</tbody></table>");
	}

	private record Bar(String start, String width) {

		Bar(SalaryChart.Bar bar) {
			this(String.valueOf(bar.start()), String.valueOf(bar.width()));
		}

	}

}
