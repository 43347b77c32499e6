package com.toolkitatlas.catalogue;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PeriodTest {

	@Test
	void readsAMonthADayAYearAndAWindow() {
		assertThat(new Period("May 2024", "2024-05").dated()).isTrue();
		assertThat(new Period("guide dated 2025-03-24", "2025-03-24").window()).isFalse();
		Period window = new Period("2024–34", "2024/2034");
		assertThat(window.window()).isTrue();
		assertThat(window.startYear()).isEqualTo(2024);
		assertThat(window.endYear()).isEqualTo(2034);
		assertThat(new Period("2020 survey", "2020").endYear()).isEqualTo(2020);
	}

	@Test
	void anUndatedFigureHasNoValueRatherThanText() {
		Period undated = new Period("no date given by the source", null);
		assertThat(undated.dated()).isFalse();
		assertThat(undated.startYear()).isNull();
	}

	@Test
	void refusesFreeTextImpossibleDatesBackwardWindowsAndLabelsOfAnotherYear() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Period("May 2024", "May 2024"));
		assertThatIllegalArgumentException().isThrownBy(() -> new Period("2024", "2024-13"));
		assertThatIllegalArgumentException().isThrownBy(() -> new Period("2034–24", "2034/2024"));
		assertThatIllegalArgumentException().isThrownBy(() -> new Period("May 2023", "2024-05"));
		assertThatIllegalArgumentException().isThrownBy(() -> new Period(" ", null));
	}

}
