package com.toolkitatlas.salary;

import java.util.List;

import com.toolkitatlas.catalogue.SalaryBasis;
import com.toolkitatlas.catalogue.SalaryFigure;
import com.toolkitatlas.catalogue.TestRoles;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scale of a pay chart is fitted to the figures it draws: it holds every one of them
 * and runs no more than a quarter beyond the largest, its ticks on round amounts.
 */
class SalaryChartsTest {

	private final SalaryCharts charts = new SalaryCharts();

	@ParameterizedTest
	@ValueSource(ints = { 9_000, 48_500, 82_340, 100_000, 133_080, 136_620, 166_574, 192_069, 250_000, 251_000, 399_999,
			1_200_000 })
	void theScaleHoldsTheLargestFigureAndEndsWithinAQuarterBeyondIt(int highest) {
		SalaryChart chart = charts.chart(List.of(entry(band(highest / 2, highest)), entry(point(highest / 3))));

		assertThat(chart.maxUsd()).isGreaterThanOrEqualTo(highest).isLessThanOrEqualTo((int) (highest * 1.25));
		assertThat(chart.ticks()).hasSizeBetween(4, 9);
		assertThat(chart.ticks().get(0).position()).isZero();
		assertThat(chart.ticks().get(chart.ticks().size() - 1).position()).isEqualTo(100.0);
		assertThat(chart.bars()).allSatisfy(bar -> assertThat(bar.start() + bar.width()).isLessThanOrEqualTo(100.0));
	}

	@Test
	void aBandUpToQuarterOfAMillionEndsTheScaleThereWithATickEveryFiftyThousand() {
		SalaryChart chart = charts.chart(List.of(entry(band(160_000, 250_000)), entry(band(100_000, 180_000))));

		assertThat(chart.maxUsd()).isEqualTo(250_000);
		assertThat(chart.labelledTicks()).extracting(SalaryChart.Tick::label)
			.containsExactly("$0", "$50k", "$100k", "$150k", "$200k", "$250k");
		SalaryChart.Bar ml = chart.bars().get(0);
		assertThat(ml.start()).isEqualTo(64.0);
		assertThat(ml.width()).isEqualTo(36.0);
	}

	@Test
	void aCrowdedAxisLabelsEveryOtherTickEndingWithTheEndOfTheScale() {
		SalaryChart chart = charts.chart(List.of(entry(point(136_620))));

		assertThat(chart.maxUsd()).isEqualTo(140_000);
		assertThat(chart.ticks()).hasSize(8);
		assertThat(chart.labelledTicks()).extracting(SalaryChart.Tick::label)
			.containsExactly("$20k", "$60k", "$100k", "$140k");
	}

	private static SalaryCharts.Entry entry(SalaryFigure figure) {
		return new SalaryCharts.Entry("label", null, figure);
	}

	private static SalaryFigure band(int low, int high) {
		return new SalaryFigure(SalaryBasis.BASE_RANGE, null, low, high, "base salary band", "US", "undated", "label",
				null, true, TestRoles.SOURCE, null, null, false);
	}

	private static SalaryFigure point(int usd) {
		return new SalaryFigure(SalaryBasis.MEDIAN, usd, null, null, null, "US", "May 2024", "label", null, false,
				TestRoles.SOURCE, "2024-05", null, false);
	}

}
