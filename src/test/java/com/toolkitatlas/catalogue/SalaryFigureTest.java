package com.toolkitatlas.catalogue;

import java.text.NumberFormat;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SalaryFigureTest {

	private final SalaryFigure band = new SalaryFigure(SalaryBasis.BASE_RANGE, null, 160_000, 250_000,
			"base salary band", "US", "2025", "Base band", null, true, TestRoles.SOURCE, "2025", null, false);

	private final SalaryFigure median = new SalaryFigure(SalaryBasis.MEDIAN, 112_590, null, null, null, "US",
			"May 2024", "Median", null, true, TestRoles.SOURCE, "2024-05", null, false);

	private final SalaryFigure medianWithSpread = new SalaryFigure(SalaryBasis.MEDIAN, 112_590, 63_650, 194_410,
			"10th to 90th percentile", "US", "May 2024", "Median", null, true, TestRoles.SOURCE, "2024-05", null,
			false);

	@Test
	void aBandCoversItsRangeAndReadsAsOne() {
		assertThat(band.hasRange()).isTrue();
		assertThat(band.hasAmount()).isFalse();
		assertThat(band.low()).isEqualTo(160_000);
		assertThat(band.high()).isEqualTo(250_000);
		assertThat(band.display()).isEqualTo("$160k–$250k");
		assertThat(band.rangeDisplay()).isEqualTo("$160,000–$250,000");
		assertThat(band.summary()).isEqualTo("$160,000–$250,000 base salary band");
	}

	@Test
	void aSingleFigureIsItsOwnLowAndHigh() {
		assertThat(median.hasRange()).isFalse();
		assertThat(median.low()).isEqualTo(112_590);
		assertThat(median.high()).isEqualTo(112_590);
		assertThat(median.display()).isEqualTo("$112,590");
		assertThat(median.rangeDisplay()).isEmpty();
		assertThat(median.summary()).isEqualTo("$112,590 median");
	}

	@Test
	void aFigureWithASpreadNamesBoth() {
		assertThat(medianWithSpread.low()).isEqualTo(63_650);
		assertThat(medianWithSpread.high()).isEqualTo(194_410);
		assertThat(medianWithSpread.display()).isEqualTo("$112,590");
		assertThat(medianWithSpread.summary()).isEqualTo("$112,590 median (10th to 90th percentile: $63,650–$194,410)");
	}

	@Test
	void aBandNeedsBothEnds() {
		SalaryFigure lowOnly = new SalaryFigure(SalaryBasis.AVERAGE, 90_000, 80_000, null, null, "US", "2024", "x",
				null, false, TestRoles.SOURCE, "2024", null, false);

		assertThat(lowOnly.hasRange()).isFalse();
		assertThat(lowOnly.low()).isEqualTo(90_000);
	}

	@Test
	void amountsAreWrittenInDollarsAndWholeThousandsShort() {
		assertThat(SalaryFigure.dollars(1_366)).isEqualTo("$1,366");
		assertThat(SalaryFigure.thousands(60_000)).isEqualTo("$60k");
		assertThat(SalaryFigure.thousands(1_366)).isEqualTo("$1,366");
	}

	@Test
	void dollarsAreGroupedByThousandsAsTheUsNumberFormatGroupsThem() {
		NumberFormat us = NumberFormat.getIntegerInstance(Locale.US);
		for (int usd : new int[] { 0, 7, 99, 999, 1_000, 12_345, 133_080, 999_999, 1_000_000, 25_000_000,
				Integer.MAX_VALUE, -1, -1_366, -250_000, Integer.MIN_VALUE }) {
			assertThat(SalaryFigure.dollars(usd)).as("%d", usd).isEqualTo("$" + us.format(usd));
		}
	}

}
