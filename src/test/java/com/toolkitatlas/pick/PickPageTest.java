package com.toolkitatlas.pick;

import java.util.List;
import java.util.Map;

import com.toolkitatlas.catalogue.Catalogue;
import com.toolkitatlas.pick.PickResult.RoleScore;
import com.toolkitatlas.support.Page;
import com.toolkitatlas.support.Site;
import com.toolkitatlas.support.WebTest;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@WebTest
class PickPageTest {

	@Autowired
	Site site;

	@Autowired
	PickService pick;

	@Autowired
	PickGuide guide;

	@Autowired
	Catalogue catalogue;

	/**
	 * The six people the seeds' guidance describes, each with a single answer and with a
	 * fuller profile.
	 */
	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|',
			textBlock = """
					interest=data-quality                                                                          | Data Engineer
					interest=data-quality&strength=software-architecture&tool=spark&tool=airflow&lean=production    | Data Engineer
					interest=statistics                                                                            | Data Scientist
					interest=statistics&strength=mathematics&strength=data-analysis&tool=pandas&tool=jupyter&lean=research | Data Scientist
					interest=automation                                                                            | DevOps Engineer
					interest=automation&strength=system-operations&tool=kubernetes&tool=terraform&lean=production  | DevOps Engineer
					interest=services                                                                              | Backend Engineer
					interest=services&strength=software-architecture&tool=postgresql&tool=docker&lean=production   | Backend Engineer
					interest=ai-research                                                                           | AI Engineer
					interest=ai-research&strength=mathematics&tool=pytorch&lean=research                           | AI Engineer
					interest=ml-production                                                                         | Machine Learning Engineer
					interest=ml-production&strength=mathematics&tool=mlflow&tool=kubernetes&lean=production        | Machine Learning Engineer
					""")
	void typicalPeopleLandWhereTheSeedsGuidanceSendsThem(String query, String expectedFirst) {
		Page page = site.get("/pick?" + query);

		assertThat(page.status()).isEqualTo(200);
		List<Element> ranking = page.document().select("#result ol.pick-ranking > li");
		assertThat(ranking).hasSize(catalogue.roles().size());
		assertThat(ranking.get(0).selectFirst("h3 a").text()).isEqualTo(expectedFirst);
		assertThat(ranking.get(0).selectFirst(".pick-ranking__rank").text()).isEqualTo("1.");
		assertThat(ranking.get(0).text()).doesNotContain("tied").contains("Raised by");
		assertThat(page.select("#result .lead").text()).startsWith(expectedFirst + " comes out on top");

		PickResult result = pick.rank(parameters(query));
		assertThat(result.ranking().get(0).role().name()).isEqualTo(expectedFirst);
		assertThat(result.ranking().get(0).score()).isGreaterThan(result.ranking().get(1).score());
		assertThat(page.document().select("#result .pick-ranking__score strong").eachText())
			.isEqualTo(result.ranking().stream().map(RoleScore::scoreText).toList());
	}

	@Test
	void eachRoleSaysWhichAnswersRaisedOrLoweredIt() {
		Page page = site
			.get("/pick?interest=automation&strength=mathematics&tool=kubernetes&tool=docker&lean=research");

		assertThat(page.select("#rank-devops-engineer").text()).contains("Raised by",
				"+4 you enjoy Kubernetes and Docker: both are core tools here",
				"+3 you are drawn to automating delivery and keeping systems reliable: it is central to this role",
				"Lowered by", "−2 you lean to research: this role keeps production running");
		assertThat(page.select("#rank-ml-engineer").text()).contains(
				"you lean to research: this role is production-focused",
				"you are strong in mathematics: it is central to this role");
		assertThat(page.select("#rank-data-engineer").text())
			.contains("you enjoy Kubernetes and Docker: both are secondary tools here");
		assertThat(page.select("#rank-ai-engineer").text()).contains("+3 you lean to research");
	}

	@Test
	void theAnswersStayInTheAddressSoAResultIsALinkToShare() {
		Page page = site.get("/pick?tool=docker&interest=services&tool=kubernetes&utm_source=mail");

		String link = "/pick?interest=services&tool=kubernetes&tool=docker";
		assertThat(page.linkTextTo(link)).isEqualTo(link);
		assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo("http://localhost:8080" + link);
		assertThat(page.select("form.pick-form").attr("method")).isEqualTo("get");
		assertThat(page.select("form.pick-form").attr("action")).isEqualTo("/pick");
		assertThat(page.select("#interest-services").hasAttr("checked")).isTrue();
		assertThat(page.select("#tool-kubernetes").hasAttr("checked")).isTrue();
		assertThat(page.select("#interest-statistics").hasAttr("checked")).isFalse();
		assertThat(page.select("details.pick-form__more").hasAttr("open")).isTrue();
	}

	@Test
	void withoutAnswersThePageIsTheFormWithAFriendlyPrompt() {
		Page page = site.get("/pick");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.h1()).isEqualTo("Which role suits you?");
		assertThat(page.select(".pick-prompt").text()).contains("Nothing answered yet");
		assertThat(page.section("result")).isNull();
		assertThat(page.document().select("form.pick-form fieldset.pick-form__question > legend").eachText())
			.containsExactly("What kind of work draws you?", "Where are you strongest?",
					"Which tools do you enjoy working with?", "Research or production?");
		assertThat(page.document().select("input[name=strength]").eachAttr("value")).containsExactly("mathematics",
				"software-architecture", "system-operations", "data-analysis");
		assertThat(page.document().select("input[name=lean]").eachAttr("type")).containsOnly("radio");
		assertThat(page.document().select("input[name=tool]").eachAttr("value")).contains("kubernetes", "pytorch",
				"spark");
		assertThat(page.document().select("input"))
			.allMatch(input -> page.document().selectFirst("label[for=" + input.id() + "]") != null);
		assertThat(page.select("details.pick-form__more").hasAttr("open")).isFalse();
		assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo("http://localhost:8080/pick");
	}

	@Test
	void answersThatSetNoRoleApartSaySoInsteadOfPretendingToRank() {
		Page page = site.get("/pick?lean=either");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.section("result")).contains("do not set any role apart yet");
		assertThat(page.document().select("#result ol.pick-ranking")).isEmpty();
		assertThat(page.select("#lean-either").hasAttr("checked")).isTrue();
	}

	@Test
	void sourcesDocumentsTheWeightsBehindTheScores() {
		Page page = site.get("/sources");

		assertThat(page.section("pick-method")).contains("−3 to 3", "core tool in the role, +2",
				"secondary tool in the role, +1");
		assertThat(page.document().select("#pick-method table"))
			.hasSize((int) guide.questions().stream().filter(question -> !question.options().isEmpty()).count());
		Element mathematics = page.document()
			.select("#pick-method tr")
			.stream()
			.filter(row -> row.text().startsWith("Mathematics"))
			.findFirst()
			.orElseThrow();
		assertThat(mathematics.select("td").eachText()).containsExactly("+3", "0", "0", "0", "+2", "+3");
	}

	private static Map<String, List<String>> parameters(String query) {
		Map<String, List<String>> parameters = new java.util.LinkedHashMap<>();
		for (String pair : query.split("&")) {
			String[] parts = pair.split("=", 2);
			parameters.computeIfAbsent(parts[0], key -> new java.util.ArrayList<>()).add(parts[1]);
		}
		return parameters;
	}

}
