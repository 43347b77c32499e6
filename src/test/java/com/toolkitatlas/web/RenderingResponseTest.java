package com.toolkitatlas.web;

import java.io.PrintWriter;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.util.ContentCachingResponseWrapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page rendered into {@link RenderingResponse} comes out as the same bytes as through
 * Spring's {@link ContentCachingResponseWrapper}, whatever it holds and however it is cut
 * into writes.
 */
class RenderingResponseTest {

	/** Pieces of a page, written one after the other; "|" marks where one write ends. */
	@ParameterizedTest
	@ValueSource(strings = { "<p>Plain ASCII</p>", "Café, naïve, 27%", "Growth 2024–34 “quoted” −3 · ✓",
			"an emoji 😀 whole", "half|😀|", "split \uD83D|\uDE00 pair", "lone \uD83D high", "lone \uDE00 low",
			"ends on a high \uD83D", "<p>|</p>|||x", "€ in the first piece|and ASCII after" })
	void writesTheSameBytesAsSpringsWrapper(String pieces) throws Exception {
		for (String encoding : new String[] { "UTF-8", null, "ISO-8859-1", "US-ASCII" }) {
			assertThat(written(new RenderingResponse(response(encoding)), pieces)).as("%s in %s", pieces, encoding)
				.isEqualTo(written(new ContentCachingResponseWrapper(response(encoding)), pieces));
		}
	}

	@Test
	void writesCharactersArraysAndLinesAsSpringsWrapperDoes() throws Exception {
		assertThat(charactersAndLines(new RenderingResponse(response("UTF-8"))))
			.isEqualTo(charactersAndLines(new ContentCachingResponseWrapper(response("UTF-8"))))
			.isNotEmpty();
	}

	private static byte[] charactersAndLines(ContentCachingResponseWrapper response) throws Exception {
		PrintWriter writer = response.getWriter();
		writer.write('<');
		writer.write(0xD83D);
		writer.write(0xDE00);
		writer.write("é–".toCharArray(), 0, 2);
		writer.println("line");
		writer.print(42);
		writer.write("abcdef", 2, 3);
		writer.flush();
		return response.getContentAsByteArray();
	}

	private static byte[] written(ContentCachingResponseWrapper response, String pieces) throws Exception {
		PrintWriter writer = response.getWriter();
		for (String piece : pieces.split("\\|", -1)) {
			writer.write(piece);
		}
		writer.flush();
		writer.close();
		return response.getContentAsByteArray();
	}

	private static MockHttpServletResponse response(String encoding) {
		MockHttpServletResponse response = new MockHttpServletResponse();
		if (encoding != null) {
			response.setCharacterEncoding(encoding);
		}
		return response;
	}

}
