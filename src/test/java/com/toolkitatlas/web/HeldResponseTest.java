package com.toolkitatlas.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * A page is rendered into a {@link HeldResponse} in thousands of small writes: what a
 * reader gets is exactly the text written, encoded once, however the writes fall against
 * the writer's blocks, with characters beyond Latin-1 (the arrows of the fit page's
 * gains, the dashes of ranges) and characters outside the Basic Multilingual Plane (two
 * chars each) cut across a block's end.
 */
class HeldResponseTest {

	/**
	 * A page's text longer than several of the writer's blocks, with every kind of
	 * character at every place against a block's end.
	 */
	private static String pageText() {
		StringBuilder text = new StringBuilder();
		String[] pieces = { "<li><a href=\"/skills/mlops\">MLOps</a></li>\n", "ML 40% → 46%", "Café, naïve",
				"$120,000–$180,000", "\uD83D\uDE80 launch", "x" };
		for (int i = 0; text.length() < 100_000; i++) {
			text.append(pieces[i % pieces.length]);
			if (i % 7 == 0) {
				text.append('\n');
			}
		}
		return text.toString();
	}

	@Test
	void textWrittenInSmallPiecesComesOutAsItsUtf8Bytes() throws IOException {
		String text = pageText();
		HeldResponse response = held("text/html;charset=UTF-8");
		PrintWriter writer = response.getWriter();
		// Pieces of every length from 1 to 61 characters, through each kind of write.
		int at = 0;
		for (int length = 1; at < text.length(); length = length % 61 + 1) {
			int end = Math.min(text.length(), at + length);
			switch (length % 3) {
				case 0 -> writer.write(text, at, end - at);
				case 1 -> writer.write(text.substring(at, end).toCharArray(), 0, end - at);
				default -> {
					for (int i = at; i < end; i++) {
						writer.write(text.charAt(i));
					}
				}
			}
			at = end;
		}

		assertThat(response.getContentAsByteArray()).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
		assertThat(response.getContentSize()).isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
	}

	@Test
	void aPageWrittenInOnePieceComesOutWhole() throws IOException {
		String text = pageText();
		HeldResponse response = held("text/html;charset=UTF-8");
		response.getWriter().write(text);

		assertThat(new String(response.getContentAsByteArray(), StandardCharsets.UTF_8)).isEqualTo(text);
	}

	@Test
	void aCharacterOfTwoCharsCutByABlocksEndStaysOneCharacter() throws IOException {
		String text = "a".repeat(PageWriter.BLOCK - 1) + "\uD83D\uDE80 launch → " + "b".repeat(PageWriter.BLOCK);
		HeldResponse response = held("text/html;charset=UTF-8");
		PrintWriter writer = response.getWriter();
		writer.write(text, 0, PageWriter.BLOCK);
		writer.write(text, PageWriter.BLOCK, text.length() - PageWriter.BLOCK);

		assertThat(response.getContentAsByteArray()).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void aLoneHalfOfAPairIsWrittenAsJavaWritesIt() throws IOException {
		String text = "a\uD800b\uDC00c" + "x".repeat(PageWriter.BLOCK - 6) + "\uD83D" + "d\uDE80";
		HeldResponse response = held("text/html;charset=UTF-8");
		response.getWriter().write(text);

		assertThat(response.getContentAsByteArray()).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void theResponsesCharacterEncodingIsTheOneWritten() throws IOException {
		HeldResponse response = held("text/plain;charset=ISO-8859-1");
		response.getWriter().write("Café");

		assertThat(response.getContentAsByteArray()).isEqualTo("Café".getBytes(StandardCharsets.ISO_8859_1));
	}

	@Test
	void copiedToTheResponseTheTextIsSentOnce() throws IOException {
		MockHttpServletResponse sent = new MockHttpServletResponse();
		HeldResponse response = new HeldResponse(sent);
		response.setContentType("text/html;charset=UTF-8");
		response.getWriter().write("<p>Not found → home</p>");

		response.copyBodyToResponse();

		assertThat(sent.getContentAsString(StandardCharsets.UTF_8)).isEqualTo("<p>Not found → home</p>");
		assertThat(sent.getContentLength())
			.isEqualTo("<p>Not found → home</p>".getBytes(StandardCharsets.UTF_8).length);
		assertThat(response.getContentAsByteArray()).isEmpty();
	}

	@Test
	void aBufferResetForgetsTheTextWritten() throws IOException {
		HeldResponse response = held("text/html;charset=UTF-8");
		response.getWriter().write("half a page");

		response.resetBuffer();
		response.getWriter().write("<p>The error page</p>");

		assertThat(new String(response.getContentAsByteArray(), StandardCharsets.UTF_8))
			.isEqualTo("<p>The error page</p>");
	}

	@Test
	void aBodyIsWrittenThroughTheWriterOrTheStreamNotBoth() throws IOException {
		HeldResponse text = held("text/html;charset=UTF-8");
		text.getWriter();
		assertThatIllegalStateException().isThrownBy(text::getOutputStream);

		HeldResponse bytes = held("application/json");
		bytes.getOutputStream().write("{}".getBytes(StandardCharsets.UTF_8));
		assertThatIllegalStateException().isThrownBy(bytes::getWriter);
		assertThat(bytes.getContentAsByteArray()).isEqualTo("{}".getBytes(StandardCharsets.UTF_8));
	}

	private static HeldResponse held(String contentType) {
		HeldResponse response = new HeldResponse(new MockHttpServletResponse());
		response.setContentType(contentType);
		return response;
	}

}
