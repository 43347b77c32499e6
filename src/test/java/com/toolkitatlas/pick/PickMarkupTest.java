package com.toolkitatlas.pick;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.toolkitatlas.catalogue.Catalogue;
import com.toolkitatlas.catalogue.CatalogueFixture;
import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.catalogue.Tool;
import com.toolkitatlas.pick.PickGuide.Question;
import com.toolkitatlas.pick.PickResult.Reason;
import com.toolkitatlas.pick.PickResult.RoleScore;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The how-to-pick form and ranking as the page prints them and a browser reads them, over
 * the fixture catalogue and its guide.
 */
class PickMarkupTest {

	private final Catalogue catalogue = CatalogueFixture.catalogue();

	private final PickGuide guide = PickGuideFixture.guide(catalogue);

	private final PickService pick = new PickService(guide, catalogue);

	@Test
	void theFormAsksEveryQuestionWithItsHintAndOffersEveryOptionUnticked() {
		Document form = Jsoup.parseBodyFragment(pick.page(Map.of()).form().markup());

		assertThat(form.select("body > fieldset.pick-form__question > legend").eachText())
			.containsExactlyElementsOf(guide.questions().stream().map(Question::prompt).toList());
		for (Question question : guide.questions()) {
			Element fieldset = form.selectFirst("fieldset[aria-describedby=" + question.slug() + "-hint]");
			assertThat(form.getElementById(question.slug() + "-hint").text()).isEqualTo(question.hint());
			List<String> offered = question.source() == PickGuide.OptionSource.TOOLS
					? guide.tools().stream().map(Tool::slug).toList()
					: question.options().stream().map(PickGuide.Option::slug).toList();
			assertThat(fieldset.select("input").eachAttr("value")).containsExactlyInAnyOrderElementsOf(offered);
			assertThat(fieldset.select("input").eachAttr("name")).containsOnly(question.slug());
			assertThat(fieldset.select("input").eachAttr("type"))
				.containsOnly(question.multiple() ? "checkbox" : "radio");
			for (Element input : fieldset.select("input")) {
				assertThat(fieldset.select("label[for=" + input.id() + "]")).hasSize(1);
			}
		}
		assertThat(form.select("input[checked]")).isEmpty();
		Element tools = form.selectFirst("details.pick-form__more");
		assertThat(tools.hasAttr("open")).isFalse();
		assertThat(tools.selectFirst("summary").text())
			.isEqualTo("Show all " + guide.tools().size() + " tools, by category");
	}

	@Test
	void theFormTicksEarlierAnswersAndOpensTheToolsWhereOneIsChosenEachUnderItsCategory() {
		Tool spark = guide.tools().stream().filter(tool -> tool.slug().equals("spark")).findFirst().orElseThrow();
		Document form = Jsoup.parseBodyFragment(pick.page(query("tool=spark&lean=either")).form().markup());

		assertThat(form.select("input[checked]").eachAttr("id")).containsExactly("tool-spark", "lean-either");
		assertThat(form.selectFirst("label[for=tool-spark]").text()).isEqualTo(spark.name());
		assertThat(form.selectFirst("details.pick-form__more").hasAttr("open")).isTrue();
		Element category = form.getElementById("tool-spark").closest("fieldset.pick-form__group");
		assertThat(category.selectFirst("legend").text()).isEqualTo(spark.category().label());
		assertThat(form.select("fieldset.pick-form__group > legend").eachText())
			.containsExactlyElementsOf(guide.tools().stream().map(tool -> tool.category().label()).distinct().toList());
	}

	@Test
	void eachRoleIsListedInItsPlaceWithItsScoreAndTheAnswersThatRaisedAndLoweredIt() {
		PickResult mixed = pick.rank(query("interest=automation&strength=operations&tool=kubernetes&lean=research"));
		assertThat(mixed.ranking()).anyMatch(score -> !score.lowered().isEmpty());
		assertThat(mixed.ranking()).anyMatch(RoleScore::unaffected);
		assertListed(mixed);
		PickResult tied = pick.rank(query("strength=mathematics"));
		assertThat(tied.ranking()).anyMatch(RoleScore::tied);
		assertListed(tied);
	}

	private static void assertListed(PickResult result) {
		String markup = result.rankingMarkup();
		assertThat(markup.chars()).as("one byte a character: references, not characters beyond Latin-1")
			.allMatch(c -> c < 0x100);
		Document list = Jsoup.parseBodyFragment("<ol>" + markup + "</ol>");

		List<Element> items = list.select("ol > li.pick-ranking__item");
		assertThat(items).hasSize(result.ranking().size());
		for (int i = 0; i < items.size(); i++) {
			RoleScore score = result.ranking().get(i);
			Role role = score.role();
			Element item = items.get(i);
			assertThat(item.id()).isEqualTo("rank-" + role.slug());
			assertThat(item.selectFirst("h3").text()).isEqualTo(score.rank() + ". " + role.name());
			assertThat(item.selectFirst("h3 a").attr("href")).isEqualTo("/roles/" + role.slug());
			assertThat(item.selectFirst(".pick-ranking__score").text())
				.isEqualTo("Score " + score.scoreText() + (score.tied() ? ", tied" : ""));
			assertThat(item.selectFirst("p.muted").text()).isEqualTo(role.headline());
			assertThat(item.select(".pick-reasons__points--up").eachText())
				.containsExactlyElementsOf(score.raised().stream().map(Reason::signedPoints).toList());
			assertThat(item.select(".pick-reasons__points--down").eachText())
				.containsExactlyElementsOf(score.lowered().stream().map(Reason::signedPoints).toList());
			List<String> reasons = new ArrayList<>();
			score.raised().forEach(reason -> reasons.add(reason.signedPoints() + " " + reason.text()));
			score.lowered().forEach(reason -> reasons.add(reason.signedPoints() + " " + reason.text()));
			assertThat(item.select("ul.pick-reasons > li").eachText()).containsExactlyElementsOf(reasons);
			List<String> titles = new ArrayList<>();
			if (!score.raised().isEmpty()) {
				titles.add("Raised by");
			}
			if (!score.lowered().isEmpty()) {
				titles.add("Lowered by");
			}
			assertThat(item.select("p.pick-reasons__title").eachText()).containsExactlyElementsOf(titles);
			assertThat(item.select(".pick-ranking__links a").eachAttr("href")).containsExactly("/roles/" + role.slug(),
					"/roles/" + role.slug() + "/alternatives");
			assertThat(item.select(".pick-ranking__links a").eachText()).containsExactly(role.shortName() + " profile",
					"Alternatives to " + role.shortName());
			assertThat(item.text().contains("None of your answers bears on this role.")).isEqualTo(score.unaffected());
		}
	}

	private static Map<String, List<String>> query(String query) {
		Map<String, List<String>> parameters = new LinkedHashMap<>();
		for (String pair : query.split("&")) {
			String[] parts = pair.split("=", 2);
			parameters.computeIfAbsent(parts[0], key -> new ArrayList<>()).add(parts[1]);
		}
		return parameters;
	}

}
