package com.toolkitatlas.web;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemsTest {

	@Test
	void aQueryStringTomcatCannotDecodeIsABadRequestNotAServerError() {
		assertThat(Problems.of(new InvalidParameterException("Invalid %-encoding"), "/roles").getStatus())
			.isEqualTo(400);
		assertThat(Problems.of(new InvalidParameterException("Too many parameters", 413), "/roles").getStatus())
			.isEqualTo(413);
	}

}
