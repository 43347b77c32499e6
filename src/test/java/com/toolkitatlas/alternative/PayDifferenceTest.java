package com.toolkitatlas.alternative;

import com.toolkitatlas.catalogue.SalaryBasis;
import com.toolkitatlas.catalogue.SalaryFigure;
import com.toolkitatlas.catalogue.TestRoles;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PayDifferenceTest {

	@Test
	void twoFiguresOfTheSameBasisAndRegionGetAGap() {
		PayDifference pay = PayDifference.between(point(SalaryBasis.AVERAGE, 124_392, "US", "2024"),
				point(SalaryBasis.AVERAGE, 125_758, "US", "2024"), "Data Engineer");

		assertThat(pay.comparable()).isTrue();
		assertThat(pay.gapUsd()).isEqualTo(-1_366);
		assertThat(pay.summary())
			.isEqualTo("$124,392 average, $1,366 less than the $125,758 average for Data Engineer (same basis, US).");
	}

	@Test
	void aGapBetweenFiguresOfDifferentDatesSaysSo() {
		PayDifference pay = PayDifference.between(point(SalaryBasis.MEDIAN, 140_910, "US", "May 2024"),
				point(SalaryBasis.MEDIAN, 112_590, "US", "May 2023"), "Data Scientist");

		assertThat(pay.gapUsd()).isEqualTo(28_320);
		assertThat(pay.summary()).contains("$28,320 more than", "dated differently: May 2024 against May 2023");
	}

	@Test
	void twoBandsOfTheSameBasisAreComparedAtBothEnds() {
		PayDifference pay = PayDifference.between(band(100_000, 180_000), band(160_000, 250_000), "ML Engineer");

		assertThat(pay.comparable()).isTrue();
		assertThat(pay.gapUsd()).isNull();
		assertThat(pay.summary()).isEqualTo("$100k–$180k base salary range, against $160k–$250k for ML Engineer "
				+ "(same basis, US): $60k lower at the bottom of the band, $70k lower at the top.");
	}

	@Test
	void aBandAgainstAMedianIsShownButNeverSubtracted() {
		PayDifference pay = PayDifference.between(point(SalaryBasis.MEDIAN, 112_590, "US", "May 2024"),
				band(160_000, 250_000), "ML Engineer");

		assertThat(pay.comparable()).isFalse();
		assertThat(pay.gapUsd()).isNull();
		assertThat(pay.summary()).isEqualTo("$112,590 median, against a $160k–$250k base salary range for ML Engineer. "
				+ "A median and a base salary range measure different things, so no gap is computed.");
	}

	@Test
	void theArticleFollowsTheFigureNotTheBasis() {
		PayDifference pay = PayDifference.between(point(SalaryBasis.MEDIAN, 140_910, "US", "May 2024"),
				point(SalaryBasis.AVERAGE, 124_392, "US", "2024"), "DevOps Engineer");

		assertThat(pay.summary()).startsWith("$140,910 median, against a $124,392 average for DevOps Engineer. "
				+ "A median and an average measure different things");
	}

	@Test
	void figuresForDifferentRegionsAreNotSubtractedEvenOnTheSameBasis() {
		PayDifference pay = PayDifference.between(point(SalaryBasis.MEDIAN, 68_000, "Global", "2020"),
				point(SalaryBasis.MEDIAN, 133_080, "US", "2020"), "Backend Engineer");

		assertThat(pay.comparable()).isFalse();
		assertThat(pay.summary()).contains("$68,000 median (Global)", "(US)", "different regions", "no gap");
	}

	@Test
	void aSingleFigureAgainstABandOfTheSameBasisIsShownButNeverSubtracted() {
		SalaryFigure band = new SalaryFigure(SalaryBasis.AVERAGE, null, 100_000, 150_000, "spread of averages", "US",
				"2024", "label", null, true, TestRoles.SOURCE, "2024", null, false);
		PayDifference pay = PayDifference.between(point(SalaryBasis.AVERAGE, 120_000, "US", "2024"), band,
				"Data Engineer");

		assertThat(pay.comparable()).isFalse();
		assertThat(pay.gapUsd()).isNull();
		assertThat(pay.summary()).isEqualTo("$120,000 average, against a $100k–$150k average for Data Engineer. "
				+ "One is a single figure and the other a band, so no gap is computed.");
	}

	@Test
	void equalFiguresAreSaidToBeTheSameAndEqualBandEndsLevel() {
		assertThat(PayDifference
			.between(point(SalaryBasis.MEDIAN, 100_000, "US", "2024"), point(SalaryBasis.MEDIAN, 100_000, "US", "2024"),
					"X")
			.summary()).isEqualTo("$100,000 median, the same as the $100,000 median for X (same basis, US).");
		assertThat(PayDifference.between(band(100_000, 180_000), band(100_000, 200_000), "X").summary())
			.contains("level at the bottom of the band, $20k lower at the top.");
	}

	private static SalaryFigure point(SalaryBasis basis, int usd, String region, String period) {
		return new SalaryFigure(basis, usd, null, null, null, region, period, "label", null, true, TestRoles.SOURCE,
				null, null, false);
	}

	private static SalaryFigure band(int low, int high) {
		return new SalaryFigure(SalaryBasis.BASE_RANGE, null, low, high, "base salary band", "US", "undated", "label",
				null, true, TestRoles.SOURCE, null, null, false);
	}

}
