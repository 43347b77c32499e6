package com.toolkitatlas.salary;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.toolkitatlas.catalogue.Period;
import com.toolkitatlas.catalogue.TestRoles;
import com.toolkitatlas.html.Markup;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OccupationTest {

	@Test
	void percentilesInOrderAllowMissingOnesAndCatchAFigureInTheWrongColumn() {
		assertThat(
				occupation(Map.of(Measure.P25, 75860, Measure.MEDIAN, 96800, Measure.P90, 150320)).percentilesInOrder())
			.isTrue();
		assertThat(occupation(Map.of(Measure.P10, 80000, Measure.MEDIAN, 70000)).percentilesInOrder()).isFalse();
	}

	@Test
	void namesTheMissingPercentilesAndProjections() {
		Occupation occupation = occupation(Map.of(Measure.MEDIAN, 140910, Measure.GROWTH_PERCENT, 20));
		assertThat(occupation.missingPercentiles()).containsExactly(Measure.P10, Measure.P25, Measure.P75, Measure.P90);
		assertThat(occupation.missingOutlook()).containsExactly(Measure.EMPLOYMENT, Measure.CHANGE, Measure.OPENINGS);
		assertThat(occupation.outlookWindow()).isEqualTo("2024–34");
		assertThat(occupation.wagePeriod()).isEqualTo("May 2024");
	}

	@Test
	void showsEachFigureInItsOwnUnit() {
		assertThat(figure(Measure.MEDIAN, new BigDecimal("133080"), false).display()).isEqualTo("$133,080");
		assertThat(figure(Measure.GROWTH_PERCENT, new BigDecimal("-4.2"), false).display()).isEqualTo("−4.2%");
		assertThat(figure(Measure.GROWTH_PERCENT, new BigDecimal("15.8"), false).display()).isEqualTo("+15.8%");
		assertThat(figure(Measure.OPENINGS, new BigDecimal("4000"), true).display()).isEqualTo("about 4,000");
		assertThat(figure(Measure.CHANGE, new BigDecimal("267600"), false).display()).isEqualTo("+267,600");
	}

	@Test
	void inMarkupAMinusSignIsAReferenceThatReadsAsTheSign() {
		for (String amount : List.of("-4.2", "15.8", "0", "-1366")) {
			for (Measure measure : List.of(Measure.GROWTH_PERCENT, Measure.CHANGE)) {
				OccupationFigure figure = figure(measure, new BigDecimal(amount), false);
				String markup = figure.writeTo(new Markup().tag("<p>")).tag("</p>").toString();

				assertThat(Jsoup.parse(markup).selectFirst("p").text()).as(amount).isEqualTo(figure.display());
				assertThat(markup.chars()).as(amount).allMatch(c -> c < 0x100);
			}
		}
		assertThat(figure(Measure.GROWTH_PERCENT, new BigDecimal("-4.2"), false).writeTo(new Markup()).toString())
			.isEqualTo("&minus;4.2%");
	}

	@Test
	void amountsAreGroupedByThousandsAsTheUsNumberFormatGroupsThem() {
		NumberFormat us = NumberFormat.getIntegerInstance(Locale.US);
		for (String amount : List.of("0", "0.00", "7", "999", "1000", "4000", "133080", "133080.00", "1.33080E+5",
				"1693800", "2147483647", "2147483648", "25000000000", "1234.5", "1235.5", "99.99", "-1366", "-0.4",
				"-2147483648", "-2147483649")) {
			BigDecimal value = new BigDecimal(amount);
			assertThat(OccupationFigure.grouped(value)).as(amount).isEqualTo(us.format(value));
			assertThat(figure(Measure.MEDIAN, value, false).display()).as(amount).isEqualTo("$" + us.format(value));
			assertThat(figure(Measure.OPENINGS, value, true).display()).as(amount)
				.isEqualTo("about " + us.format(value));
		}
	}

	private static Occupation occupation(Map<Measure, Integer> amounts) {
		Map<Measure, OccupationFigure> figures = new EnumMap<>(Measure.class);
		amounts.forEach((measure, amount) -> figures.put(measure, figure(measure, BigDecimal.valueOf(amount), false)));
		return new Occupation("15-0000", "Test occupation", figures);
	}

	private static OccupationFigure figure(Measure measure, BigDecimal amount, boolean approximate) {
		Period period = measure.wage() ? new Period("May 2024", "2024-05") : new Period("2024–34", "2024/2034");
		return new OccupationFigure(measure, amount, approximate, period, TestRoles.SOURCE, List.of());
	}

}
