package com.toolkitatlas.salary;

import java.util.List;

import com.toolkitatlas.catalogue.Catalogue;
import com.toolkitatlas.catalogue.CatalogueFixture;
import com.toolkitatlas.catalogue.RoleBuilder;
import com.toolkitatlas.catalogue.SalaryBasis;
import com.toolkitatlas.catalogue.SalaryFigure;
import com.toolkitatlas.catalogue.TestRoles;
import com.toolkitatlas.salary.SalaryChart.Bar;
import com.toolkitatlas.salary.SalaryChart.Tick;

import org.junit.jupiter.api.Test;

import static com.toolkitatlas.catalogue.CatalogueFixture.DATA;
import static com.toolkitatlas.catalogue.CatalogueFixture.DEVOPS;
import static com.toolkitatlas.catalogue.CatalogueFixture.ML;
import static org.assertj.core.api.Assertions.assertThat;

class SalaryChartsTest {

	/** The fixture's highest figure is ML's $250,000, so the scale runs to $300k. */
	private final SalaryCharts charts = new SalaryCharts(CatalogueFixture.catalogue());

	@Test
	void theScaleEndsAtTheHighestFigureRoundedUpToTheNextHundredThousand() {
		assertThat(charts.of(ML).maxUsd()).isEqualTo(300_000);
		assertThat(scaleFor(200_000)).isEqualTo(200_000);
		assertThat(scaleFor(200_001)).isEqualTo(300_000);
		assertThat(new SalaryCharts(new Catalogue(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
				List.of(), List.of(), List.of()))
			.of(ML)
			.maxUsd()).as("an empty catalogue").isEqualTo(100_000);
	}

	@Test
	void ticksFallEveryFiftyThousandAndEveryOtherOneIsLabelled() {
		SalaryChart chart = charts.of(ML);

		assertThat(chart.ticks()).extracting(Tick::position)
			.containsExactly(0.0, 16.67, 33.33, 50.0, 66.67, 83.33, 100.0);
		assertThat(chart.ticks()).extracting(Tick::label)
			.containsExactly("$0", null, "$100k", null, "$200k", null, "$300k");
		assertThat(chart.labelledTicks()).extracting(Tick::label).containsExactly("$0", "$100k", "$200k", "$300k");
	}

	@Test
	void aBandIsDrawnFromItsLowToItsHighAndAPointWhereThereIsAnAmount() {
		List<Bar> bars = charts.of(ML).bars();

		assertThat(bars).extracting(Bar::label).containsExactly("Base salary band", "Survey median");
		Bar band = bars.get(0);
		assertThat(band.start()).isEqualTo(53.33);
		assertThat(band.width()).isEqualTo(83.33 - 53.33);
		assertThat(band.point()).isNull();
		assertThat(band.band()).isTrue();
		Bar median = bars.get(1);
		assertThat(median.start()).isEqualTo(46.67);
		assertThat(median.width()).isZero();
		assertThat(median.band()).isFalse();
		assertThat(median.point()).isEqualTo(46.67);
		assertThat(median.figure()).isEqualTo(ML.salaries().get(1));
	}

	@Test
	void aMedianWithItsSpreadIsABandWithItsPointMarked() {
		Bar devops = charts.headlines(List.of(DEVOPS)).bars().get(0);

		// $80,000 to $220,000 around $140,910, on a scale to $300,000.
		assertThat(devops.start()).isEqualTo(26.67);
		assertThat(devops.width()).isEqualTo(73.33 - 26.67);
		assertThat(devops.point()).isEqualTo(46.97);
	}

	@Test
	void headlinesAreLabelledWithTheRoleAndLinkToItsProfile() {
		SalaryChart chart = charts.headlines(List.of(ML, DATA));

		assertThat(chart.bars()).extracting(Bar::label, Bar::href, Bar::figure)
			.containsExactly(tuple("Machine Learning Engineer", "/roles/ml-engineer", ML.headlineSalary()),
					tuple("Data Engineer", "/roles/data-engineer", DATA.headlineSalary()));
		assertThat(charts.chart(List.of(new SalaryCharts.Entry("x", null, DATA.headlineSalary()))).bars())
			.extracting(Bar::href)
			.containsOnlyNulls();
	}

	private static int scaleFor(int highest) {
		SalaryFigure figure = new SalaryFigure(SalaryBasis.AVERAGE, highest, null, null, null, "US", "2024", "x", null,
				true, TestRoles.SOURCE);
		return new SalaryCharts(new Catalogue(List.of(new RoleBuilder("a", 1).salary(figure).build()), List.of(),
				List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of()))
			.of(ML)
			.maxUsd();
	}

	private static org.assertj.core.groups.Tuple tuple(Object... values) {
		return org.assertj.core.groups.Tuple.tuple(values);
	}

}
