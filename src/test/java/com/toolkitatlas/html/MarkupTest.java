package com.toolkitatlas.html;

import java.util.ArrayList;
import java.util.List;

import com.toolkitatlas.catalogue.CatalogueFixture;
import com.toolkitatlas.catalogue.Role;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.unbescape.html.HtmlEscape;

import static org.assertj.core.api.Assertions.assertThat;

class MarkupTest {

	@Test
	void escapesTextAndAttributesAsThymeleafDoes() {
		String html = new Markup().tag("<p><a")
			.attribute("href", "/roles?tool=a&skill=\"b\"")
			.tag(">")
			.text("R&D <script>alert('x')</script>")
			.tag("</a></p>")
			.toString();

		assertThat(html).isEqualTo("<p><a href=\"/roles?tool=a&amp;skill=&quot;b&quot;\">"
				+ "R&amp;D &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</a></p>");
		Element link = Jsoup.parse(html).selectFirst("a");
		assertThat(link.attr("href")).isEqualTo("/roles?tool=a&skill=\"b\"");
		assertThat(link.text()).isEqualTo("R&D <script>alert('x')</script>");
		assertThat(Jsoup.parse(html).select("script")).isEmpty();
	}

	@Test
	void writesALinkAsItsPartsWould() {
		String href = "/roles?tool=a&skill=\"b\"";
		String text = "R&D <script>alert('x')</script>";

		assertThat(new Markup().tag("<p>").link(href, text).tag("</p>").toString()).isEqualTo(
				new Markup().tag("<p><a").attribute("href", href).tag(">").text(text).tag("</a></p>").toString());
	}

	@Test
	void anAddressWithManyParametersAndANameFullOfSpecialsComeBackWhole() {
		String href = "/switch/backend-engineer-to-ml-engineer?skill=mlops&tool=pytorch&tool=docker&language=python";
		String name = "R&D \"lab\" <3 'x' & co";
		// After a character beyond Latin-1, as on a page whose builder is already wide.
		String html = new Markup().tag("<p>").text("Gehalt “€” ").link(href, name).tag("</p>").toString();

		Element link = Jsoup.parse(html).selectFirst("a");
		assertThat(link.attr("href")).isEqualTo(href);
		assertThat(link.text()).isEqualTo(name);
		assertThat(html).isEqualTo("<p>Gehalt “€” <a href=\"/switch/backend-engineer-to-ml-engineer?skill=mlops&amp;"
				+ "tool=pytorch&amp;tool=docker&amp;language=python\">R&amp;D &quot;lab&quot; &lt;3 &#39;x&#39; &amp; co</a></p>");
	}

	@Test
	void escapesTheCatalogueTextsAndRunsOfSpecialsAsThymeleafsEscaperDoes() {
		List<String> texts = new ArrayList<>(List.of("", "'", "&&", "<<>>\"\"''", "a'b'c'd", "'x'",
				"x & y < z > w \" v ' u", "Gehalt – 'ünïcödé' & “€”"));
		for (Role role : CatalogueFixture.catalogue().roles()) {
			texts.add(role.name());
			texts.addAll(role.texts().values());
		}

		for (String text : texts) {
			assertThat(new Markup().text(text).toString())
				.isEqualTo(HtmlEscape.escapeHtml4Xml(text).replace("\u2013", "&ndash;"));
			assertThat(Jsoup.parse(new Markup().text(text).toString()).body().wholeText()).isEqualTo(text);
		}
	}

	@Test
	void leavesOtherCharactersAsTheyAre() {
		assertThat(new Markup().text("Gehalt “€ 90 000” ünïcödé / k8s").toString())
			.isEqualTo("Gehalt “€ 90 000” ünïcödé / k8s");
	}

	@Test
	void writesTheEnDashOfAPayRangeAsAReferenceThatReadsAsTheDash() {
		String html = new Markup().tag("<p>").text("$160,000–$250,000 – base & bonus").tag("</p>").toString();

		assertThat(html).isEqualTo("<p>$160,000&ndash;$250,000 &ndash; base &amp; bonus</p>");
		assertThat(html.chars()).allMatch(c -> c < 0x100);
		assertThat(Jsoup.parse(html).selectFirst("p").text()).isEqualTo("$160,000–$250,000 – base & bonus");
	}

	@Test
	void writesASignedNumberWithATrueMinusSignAsAReference() {
		String html = new Markup().tag("<p>").signed(3).tag(" ").signed(0).tag(" ").signed(-2).tag("</p>").toString();

		assertThat(html).isEqualTo("<p>+3 0 &minus;2</p>");
		assertThat(Jsoup.parse(html).selectFirst("p").text()).isEqualTo("+3 0 \u22122");
	}

	@Test
	void writesAScoreWithASignOnlyWhenNegative() {
		String html = new Markup().tag("<p>").number(3).tag(" ").number(0).tag(" ").number(-2).tag("</p>").toString();

		assertThat(html).isEqualTo("<p>3 0 &minus;2</p>");
		assertThat(Jsoup.parse(html).selectFirst("p").text()).isEqualTo("3 0 \u22122");
	}

}
