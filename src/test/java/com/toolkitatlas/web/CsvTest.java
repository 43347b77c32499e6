package com.toolkitatlas.web;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTest {

	@Test
	void writesPlainFieldsAsTheyAreAndEndsEveryLineWithCrLf() {
		assertThat(Csv.of(List.of(List.of("slug", "name"), List.of("ml-engineer", "ML Engineer"))))
			.isEqualTo("slug,name\r\nml-engineer,ML Engineer\r\n");
	}

	@Test
	void quotesFieldsHoldingCommasQuotesOrLineBreaksAndDoublesTheQuotes() {
		assertThat(Csv.of(List.of(List.of("a, b", "say \"hi\"", "two\nlines"))))
			.isEqualTo("\"a, b\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n");
	}

	@Test
	void writesMissingValuesAsEmptyFields() {
		assertThat(Csv.of(List.of(Arrays.asList("x", null, "y")))).isEqualTo("x,,y\r\n");
	}

}
