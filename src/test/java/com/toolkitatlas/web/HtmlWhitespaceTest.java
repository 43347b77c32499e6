package com.toolkitatlas.web;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlWhitespaceTest {

	@Test
	void dropsIndentationAndBlankLinesButKeepsTheLineBreaksBetweenWords() {
		String html = "<ul>\n    <li>One\n        two</li>\n\n    <li>Three</li>\n</ul>\n";

		String trimmed = trim(html);

		assertThat(trimmed).isEqualTo("<ul>\n<li>One\ntwo</li>\n<li>Three</li>\n</ul>\n");
		assertThat(Jsoup.parse(trimmed).text()).isEqualTo(Jsoup.parse(html).text());
	}

	@Test
	void leavesPreformattedTextAsItIs() {
		String html = "<div>\n    <pre>line one\n    indented\n\n  </pre>\n    <textarea id=t>\n  keep\n</textarea>\n</div>";

		assertThat(trim(html)).isEqualTo(
				"<div>\n<pre>line one\n    indented\n\n  </pre>\n" + "<textarea id=t>\n  keep\n</textarea>\n</div>");
	}

	@Test
	void theLastPreformattedTagOnALineDecidesWhateverItsCase() {
		String html = "<PRE>a</PRE> <Pre>\n  kept\n</pre> <p>\n  dropped\n<TextArea>\n  kept</textarea>\n  dropped";

		assertThat(trim(html))
			.isEqualTo("<PRE>a</PRE> <Pre>\n  kept\n</pre> <p>\ndropped\n<TextArea>\n  kept</textarea>\ndropped");
	}

	@Test
	void keepsMultiByteCharactersWhole() {
		assertThat(trim("  <p>Gehalt “€ 90 000” – ünïcödé</p>\n")).isEqualTo("<p>Gehalt “€ 90 000” – ünïcödé</p>\n");
	}

	private static String trim(String html) {
		return new String(HtmlWhitespace.trim(html.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
	}

}
