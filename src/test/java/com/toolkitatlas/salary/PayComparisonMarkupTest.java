package com.toolkitatlas.salary;

import java.util.List;

import com.toolkitatlas.catalogue.Role;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static com.toolkitatlas.catalogue.CatalogueFixture.BACKEND;
import static com.toolkitatlas.catalogue.CatalogueFixture.DEVOPS;
import static com.toolkitatlas.catalogue.CatalogueFixture.ML;
import static com.toolkitatlas.catalogue.CatalogueFixture.RESEARCH;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rows of the comparisons' official pay and outlook tables, as a browser reads them:
 * a row per role, its occupation, whether it is a proxy, its figures with where they were
 * read, and a cell per projection, "not given by the sources" where none is known.
 */
class PayComparisonMarkupTest {

	private final Occupations occupations = OccupationsFixture.occupations();

	private final List<Role> roles = List.of(ML, BACKEND, RESEARCH);

	private final PayComparison comparison = new PayComparisons(occupations, new SalaryCharts()).of(roles);

	@Test
	void eachRoleIsADistributionRowNamingItsOccupationItsFiguresAndWhereTheyWereRead() {
		List<Element> rows = rows(comparison.rowsMarkup()).select("tr.pay-picture__distribution");

		assertThat(rows).hasSize(roles.size());
		for (int i = 0; i < roles.size(); i++) {
			Role role = roles.get(i);
			RoleOccupation mapping = occupations.main(role);
			Occupation occupation = mapping.occupation();
			Element row = rows.get(i);
			assertThat(row.selectFirst("th[scope=row] > a").text()).isEqualTo(role.name());
			assertThat(row.selectFirst("th[scope=row] > a").attr("href")).isEqualTo("/roles/" + role.slug());
			assertThat(row.selectFirst("th .salary-chart__basis").text()).startsWith(occupation.codeAndTitle() + ", ");
			if (occupation.wagePeriod() != null) {
				assertThat(row.selectFirst("th .salary-chart__basis").text()).endsWith(", " + occupation.wagePeriod());
			}
			assertThat(row.selectFirst("th .occupation__status").text()).isEqualTo(mapping.status());
			assertThat(row.select("th .occupation__status--proxy").isEmpty()).isEqualTo(!mapping.proxy());
			occupation.percentiles()
				.forEach(figure -> assertThat(row.selectFirst(".pay-picture__values").text())
					.contains(figure.display()));
			assertThat(row.select(".source-ref a").eachAttr("href")).containsExactlyElementsOf(
					row.select(".source-ref a").eachText().stream().map(code -> "/sources#" + code).toList());
			assertThat(row.select(".source-ref a").eachText()).containsExactlyElementsOf(
					occupation.percentiles().stream().map(figure -> figure.source().code()).distinct().toList());
			PayDistribution drawn = comparison.rows().get(i).distribution();
			assertThat(row.select("svg[aria-hidden=true] rect.salary-chart__point").isEmpty())
				.isEqualTo(drawn.median() == null);
		}
	}

	@Test
	void aMedianIsDrawnAsAMarkAndMissingPercentilesAreNamedNotDrawn() {
		Element ml = rows(comparison.rowsMarkup()).select("tr.pay-picture__distribution").get(0);
		PayDistribution drawn = comparison.rows().get(0).distribution();

		assertThat(ml.selectFirst("rect.salary-chart__point").attr("x"))
			.isEqualTo(String.valueOf(drawn.median() - 0.6));
		assertThat(ml.select("rect.pay-picture__whisker, rect.pay-picture__box")).isEmpty();
		assertThat(ml.selectFirst(".pay-picture__missing").text()).isEqualTo(drawn.missing());
	}

	@Test
	void eachRoleIsAnOutlookRowWithACellPerProjectionOrNotGivenByTheSources() {
		List<Element> rows = rows(comparison.outlookRowsMarkup()).select("tr");

		assertThat(rows).hasSize(roles.size());
		for (int i = 0; i < roles.size(); i++) {
			Role role = roles.get(i);
			Occupation occupation = occupations.main(role).occupation();
			Element row = rows.get(i);
			assertThat(row.selectFirst("th[scope=row] > a").text()).isEqualTo(role.shortName());
			assertThat(row.selectFirst("th .salary-chart__basis").text()).isEqualTo(occupation.codeAndTitle());
			List<Element> cells = row.select("td");
			assertThat(cells).hasSize(Occupation.OUTLOOK.size());
			for (int c = 0; c < cells.size(); c++) {
				OccupationFigure figure = occupation.figure(Occupation.OUTLOOK.get(c)).orElse(null);
				Element cell = cells.get(c);
				if (figure == null) {
					assertThat(cell.text()).isEqualTo("not given by the sources");
				}
				else {
					assertThat(cell.text())
						.isEqualTo(figure.display() + " " + figure.period().label() + ", " + figure.source().code());
					assertThat(cell.selectFirst("a").attr("href")).isEqualTo("/sources#" + figure.source().code());
					assertThat(cell.selectFirst("a").attr("title")).isEqualTo(figure.source().title());
				}
			}
		}
		assertThat(occupations.main(ML).occupation().growth()).isPresent();
		assertThat(occupations.main(ML).occupation().figure(Measure.OPENINGS)).isEmpty();
	}

	@Test
	void aProfilesPictureIsADistributionRowPerOccupationThenARowPerOtherUsFigure() {
		PayPicture picture = new SalaryCharts().picture(ML, occupations.of(ML));

		Element rows = rows(picture.rowsMarkup());

		List<Element> distributions = rows.select("tr.pay-picture__distribution");
		assertThat(distributions).hasSize(picture.distributions().size());
		Element official = distributions.get(0);
		Occupation occupation = picture.distributions().get(0).occupation();
		assertThat(official.selectFirst("th > span").text()).isEqualTo(occupation.codeAndTitle() + " (BLS)");
		assertThat(official.selectFirst("th .salary-chart__basis").text())
			.isEqualTo("Wage percentiles, US, " + occupation.wagePeriod());
		assertThat(official.selectFirst(".source-ref").text())
			.isEqualTo("Read from: " + occupation.median().orElseThrow().source().title() + " (grade "
					+ occupation.median().orElseThrow().source().confidence() + ").");
		List<Element> marks = rows.select("tr:not(.pay-picture__distribution)");
		assertThat(marks).hasSize(picture.marks().bars().size());
		for (int i = 0; i < marks.size(); i++) {
			SalaryChart.Bar bar = picture.marks().bars().get(i);
			Element mark = marks.get(i);
			assertThat(mark.selectFirst("th > span").text()).isEqualTo(bar.label());
			assertThat(mark.selectFirst(".salary-chart__value > span").text()).isEqualTo(bar.figure().summary());
			assertThat(mark.selectFirst(".source-ref a").attr("href"))
				.isEqualTo("/sources#" + bar.figure().source().code());
			assertThat(mark.select("rect.salary-chart__band").isEmpty()).isEqualTo(!bar.band());
			assertThat(mark.select("rect.salary-chart__point").isEmpty()).isEqualTo(bar.point() == null);
		}
		assertThat(marks).isNotEmpty();
	}

	@Test
	void theWholeComparisonNamesEachSharedOccupationDrawsTheScaleAndHoldsBothTables() {
		List<Role> sharing = List.of(ML, BACKEND, DEVOPS);
		PayComparison shared = new PayComparisons(occupations, new SalaryCharts()).of(sharing);

		Element section = Jsoup.parseBodyFragment(shared.sectionMarkup()).selectFirst("section.pay-comparison");

		assertThat(section.selectFirst("h3").id()).isEqualTo(section.attr("aria-labelledby"));
		assertThat(section.select("p.note").eachText())
			.containsExactlyElementsOf(shared.shared().stream().map(SharedOccupation::inComparison).toList());
		assertThat(section.selectFirst("p.note").text()).contains(BACKEND.name(), DEVOPS.name(),
				OccupationsFixture.SOFTWARE_DEVELOPERS.codeAndTitle());
		Element axis = section.selectFirst("figure thead th.salary-chart__axis");
		assertThat(axis.selectFirst(".visually-hidden").text())
			.isEqualTo("Drawn on a scale from $0 to $" + shared.maxUsd() / 1000 + "k");
		assertThat(axis.select("svg[aria-hidden=true] rect.salary-chart__tick").eachAttr("x"))
			.containsExactlyElementsOf(shared.ticks().stream().map(tick -> String.valueOf(tick.position())).toList());
		assertThat(axis.select(".salary-chart__tick-labels[aria-hidden=true] > span").eachText())
			.containsExactlyElementsOf(shared.labelledTicks().stream().map(SalaryChart.Tick::label).toList());
		assertThat(section.select("figure tbody tr.pay-picture__distribution > th > a").eachText())
			.containsExactlyElementsOf(sharing.stream().map(Role::name).toList());
		assertThat(section.selectFirst(".table-scroll table.outlook caption").text())
			.isEqualTo("Job outlook of each role's occupation, US, " + shared.window());
		assertThat(section.select("table.outlook tbody th[scope=row] > a").eachText())
			.containsExactlyElementsOf(sharing.stream().map(Role::shortName).toList());
	}

	@Test
	void withoutASharedOccupationThereIsNoNoteAndWithoutAWindowTheCaptionSaysSo() {
		PayComparison none = new PayComparisons(occupations, new SalaryCharts()).of(List.of(RESEARCH));

		Element section = Jsoup.parseBodyFragment(none.sectionMarkup()).selectFirst("section.pay-comparison");

		assertThat(section.select("p.note")).isEmpty();
		assertThat(none.window()).isNull();
		assertThat(section.selectFirst("table.outlook caption").text())
			.isEqualTo("Job outlook of each role's occupation, US, no projection window found");
	}

	private static Element rows(String markup) {
		return Jsoup.parseBodyFragment("<table><tbody>" + markup + "</tbody></table>").selectFirst("tbody");
	}

}
