package com.toolkitatlas.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EnglishTest {

	@Test
	void listsJoinTheLastItemWithAnd() {
		assertThat(English.list(List.of())).isEmpty();
		assertThat(English.list(List.of("A"))).isEqualTo("A");
		assertThat(English.list(List.of("A", "B"))).isEqualTo("A and B");
		assertThat(English.list(List.of("A", "B", "C"))).isEqualTo("A, B and C");
	}

	@Test
	void ordinalsTakeTheSuffixTheirLastDigitsAsk() {
		assertThat(List.of(1, 2, 3, 4, 10, 11, 12, 13, 14, 21, 22, 23, 101, 111, 112, 113)).extracting(English::ordinal)
			.containsExactly("1st", "2nd", "3rd", "4th", "10th", "11th", "12th", "13th", "14th", "21st", "22nd", "23rd",
					"101st", "111th", "112th", "113th");
	}

	@Test
	void numbersUpToTenAreWordsAndLargerOnesDigits() {
		assertThat(List.of(0, 1, 5, 6, 10, 11, 15, -1)).extracting(English::number)
			.containsExactly("zero", "one", "five", "six", "ten", "11", "15", "-1");
	}

}
