package com.toolkitatlas.compare;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** An at-a-glance entry as a browser and a screen reader read it. */
class GlanceEntryTest {

	@Test
	void anEntryWithAPageIsLinkedAndSaysWhatItIsToScreenReaders() {
		Element body = body(new GlanceRow.Entry("Go", "/roles?language=go", true, "language").markup());

		Element link = body.selectFirst("a");
		assertThat(link.attr("href")).isEqualTo("/roles?language=go");
		assertThat(link.text()).isEqualTo("Go (language)");
		assertThat(link.selectFirst(".visually-hidden").text()).isEqualTo("(language)");
		assertThat(body.selectFirst("a + .tag__importance").text()).isEqualTo("(core)");
	}

	@Test
	void anEntryWithoutAPageIsPlainTextEscapedAndUnmarkedUnlessCore() {
		Element body = body(GlanceRow.Entry.plain("Models <in> production & \"beyond\"").markup());

		assertThat(body.select("a")).isEmpty();
		assertThat(body.selectFirst("span").text()).isEqualTo("Models <in> production & \"beyond\"");
		assertThat(body.select(".tag__importance")).isEmpty();
		assertThat(body.select(".visually-hidden")).isEmpty();
	}

	private static Element body(String html) {
		return Jsoup.parseBodyFragment(html).body();
	}

}
