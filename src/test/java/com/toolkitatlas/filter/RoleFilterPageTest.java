package com.toolkitatlas.filter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import com.toolkitatlas.catalogue.Catalogue;
import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.support.Page;
import com.toolkitatlas.support.Site;
import com.toolkitatlas.support.WebTest;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

@WebTest
class RoleFilterPageTest {

	@Autowired
	Site site;

	@Autowired
	Catalogue catalogue;

	@Test
	void withoutAFilterListsAllSixRolesWithTheFormAndEveryOption() {
		Page page = site.get("/roles");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.h1()).isEqualTo("Roles by skill, tool and language");
		assertThat(page.select("#results-heading").text()).isEqualTo("All 6 roles");
		assertThat(results(page)).containsExactlyElementsOf(catalogue.roles().stream().map(Role::name).toList());
		assertThat(page.document().select("input[name=skill]")).hasSize(catalogue.skills().size());
		assertThat(page.document().select("input[name=tool]")).hasSize(catalogue.tools().size());
		assertThat(page.document().select("input[name=language]")).hasSize(catalogue.languages().size());
	}

	@ParameterizedTest
	@CsvSource({ "kubernetes, ci-cd, python", "docker, containers, python", "postgresql, database-management, sql",
			"pytorch, machine-learning-algorithms, python", "kafka, stream-processing, java" })
	void filteringByAToolASkillAndALanguageKeepsExactlyTheRolesWhoseProfilesHaveThemAll(String tool, String skill,
			String language) {
		Page page = site.get("/roles?tool=" + tool + "&skill=" + skill + "&language=" + language);

		List<String> expected = new ArrayList<>();
		for (Role role : catalogue.roles()) {
			Page profile = site.get("/roles/" + role.slug());
			if (profile.links()
				.containsAll(List.of("/tools/" + tool, "/skills/" + skill, "/roles?language=" + language))) {
				expected.add(role.name());
			}
		}
		assertThat(expected).as("the combination is worth testing").isNotEmpty().hasSizeLessThan(6);
		assertThat(results(page)).containsExactlyInAnyOrderElementsOf(expected);
		assertThat(page.select("#results-heading").text())
			.isEqualTo(expected.size() == 1 ? "1 role matches" : expected.size() + " roles match");
	}

	@Test
	void eachAddedFilterNarrowsTheResult() {
		int tool = results(site.get("/roles?tool=kubernetes")).size();
		int toolAndLanguage = results(site.get("/roles?tool=kubernetes&language=go")).size();
		int all = results(site.get("/roles?tool=kubernetes&language=go&skill=microservices")).size();

		assertThat(tool).isEqualTo(4);
		assertThat(toolAndLanguage).isEqualTo(3);
		assertThat(all).isEqualTo(1);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "tool=kubernetes", "tool=kubernetes&language=python", "q=data", "minSalary=150000",
			"skill=machine-learning-algorithms&q=py" })
	void everyCountShownEqualsTheNumberOfResultsThatChoosingItGives(String state) {
		Page page = site.get("/roles?" + state);

		List<Element> options = page.document().select("#role-filter input[type=checkbox]");
		assertThat(options)
			.hasSize(catalogue.skills().size() + catalogue.tools().size() + catalogue.languages().size());
		for (Element option : options) {
			int shown = Integer.parseInt(page.select("label[for=" + option.id() + "] .facet__count").text());
			String chosen = option.attr("name") + "=" + option.attr("value");
			Page after = site.get("/roles?" + (state.isEmpty() ? chosen : state + "&" + chosen));
			assertThat(results(after)).as("count next to %s, from /roles?%s", chosen, state).hasSize(shown);
			assertThat(option.hasAttr("disabled")).as("%s is shown as leaving nothing", chosen)
				.isEqualTo(shown == 0 && !option.hasAttr("checked"));
		}
	}

	@Test
	void optionsThatWouldLeaveNothingAreShownWithAZeroNotHidden() {
		Page page = site.get("/roles?tool=kubernetes");

		Element pandas = page.select("#tool-pandas");
		assertThat(pandas).isNotNull();
		assertThat(pandas.hasAttr("disabled")).isTrue();
		assertThat(page.select("label[for=tool-pandas]").text()).isEqualTo("Pandas 0 roles");
	}

	@Test
	void theChosenFiltersAreListedAboveTheResultsEachRemovableWithOneClick() {
		Page page = site.get("/roles?tool=kubernetes&language=python&minSalary=150000&q=cloud");

		List<Element> chips = page.document().select("#results .applied a");
		assertThat(chips).extracting(Element::text)
			.containsExactly("Remove Tool: Kubernetes ×", "Remove Language: Python ×", "Remove Pay from: $150,000 ×",
					"Remove Search: “cloud” ×", "Clear all");
		assertThat(chips).extracting(chip -> chip.attr("href"))
			.containsExactly("/roles?language=python&minSalary=150000&q=cloud",
					"/roles?tool=kubernetes&minSalary=150000&q=cloud", "/roles?tool=kubernetes&language=python&q=cloud",
					"/roles?tool=kubernetes&language=python&minSalary=150000", "/roles");
		assertThat(page.select("#tool-kubernetes").hasAttr("checked")).isTrue();
		assertThat(page.select("#filter-min-salary").val()).isEqualTo("150000");
		assertThat(page.select("#filter-q").val()).isEqualTo("cloud");
		assertThat(page.select("link[rel=canonical]").attr("href"))
			.isEqualTo("http://localhost:8080/roles?tool=kubernetes&language=python&minSalary=150000&q=cloud");
		assertThat(page.document().title())
			.isEqualTo("Roles: Kubernetes, Python, pay from $150,000, “cloud” · Toolkit Atlas");
	}

	@Test
	void zeroResultsSaySoAndSuggestTheFilterToRemove() {
		Page page = site.get("/roles?tool=kafka&tool=jenkins&minSalary=150000");

		assertThat(results(page)).isEmpty();
		assertThat(page.select("#results-heading").text()).isEqualTo("No role matches");
		Element advice = page.select(".no-results");
		assertThat(advice.text()).contains("No role has everything you chose", "Remove Tool: Jenkins (3 roles)")
			.doesNotContain("Remove Tool: Apache Kafka");
		assertThat(advice.selectFirst("a").attr("href")).isEqualTo("/roles?tool=kafka&minSalary=150000");
		assertThat(results(site.get("/roles?tool=kafka&minSalary=150000"))).hasSize(3);
	}

	@Test
	void whenNoSingleRemovalHelpsItSaysSoAndOffersToStartAgain() {
		Page page = site.get("/roles?tool=pandas&tool=jenkins&language=cpp");

		assertThat(page.select(".no-results").text()).contains("Removing any single one still leaves nothing");
		assertThat(page.select(".no-results a").attr("href")).isEqualTo("/roles");
	}

	@Test
	void eachResultShowsWhichRequestedSkillsAndToolsTheRoleHasAndHowCentralEachIs() {
		Page page = site.get("/roles?tool=kubernetes&skill=ci-cd&language=python");

		Element devops = result(page, "devops-engineer");
		assertThat(devops.select(".reasons li").eachText()).containsExactly("Skill: CI/CD, core to the role",
				"Tool: Kubernetes, core to the role", "Language: Python, core to the role");
		Element data = result(page, "data-engineer");
		assertThat(data.select(".reasons li").eachText()).containsExactly("Skill: CI/CD, secondary to the role",
				"Tool: Kubernetes, secondary to the role", "Language: Python, core to the role");
		assertThat(devops.select(".reasons a").eachAttr("href")).containsExactly("/skills/ci-cd", "/tools/kubernetes",
				"/roles?language=python");
		assertThat(results(page).get(0)).as("core matches first").isEqualTo("DevOps Engineer");
	}

	@Test
	void minimumSalaryKeepsTheRolesWhoseHeadlineFigureReachesItAtItsTop() {
		Page page = site.get("/roles?minSalary=150000");

		List<String> expected = catalogue.roles()
			.stream()
			.filter(role -> role.headlineSalary().high() >= 150_000)
			.map(Role::name)
			.toList();
		assertThat(expected).isNotEmpty().hasSizeLessThan(6);
		assertThat(results(page)).containsExactlyInAnyOrderElementsOf(expected);
		assertThat(result(page, "ml-engineer").text())
			.contains("Pay: the top of its headline figure, $250,000, reaches $150,000");
		assertThat(page.text()).contains("The six headline figures have different bases");
		assertThat(page.links()).contains("/sources#filter-method");
	}

	@ParameterizedTest
	@CsvSource({ "k8s, kubernetes", "ml, machine learning", "js, javascript", "postgres, postgresql", "golang, go",
			"sklearn, scikit-learn", "nlp, natural language processing", "llm, large language models", "cicd, ci/cd",
			"gcp, google cloud platform", "artificial intelligence, ai", "torch, pytorch" })
	void shortFormsAndSynonymsFindTheSameRolesAsTheFullNames(String shortForm, String fullName) {
		List<String> bySynonym = results(site.get("/roles?q=" + shortForm.replace(" ", "+")));
		List<String> byName = results(site.get("/roles?q=" + fullName.replace(" ", "+").replace("/", "%2F")));

		assertThat(bySynonym).isNotEmpty().containsExactlyInAnyOrderElementsOf(byName);
	}

	@Test
	void everySynonymFindsEveryRoleThatHasWhatItStandsFor(@Autowired Synonyms synonyms) {
		assertThat(synonyms.all()).hasSizeGreaterThan(50);
		for (Synonyms.Synonym synonym : synonyms.all()) {
			Synonyms.Meaning meaning = synonym.meaning();
			Predicate<Role> has = role -> meaning.roles().contains(role)
					|| role.skills().stream().anyMatch(link -> meaning.skills().contains(link.skill()))
					|| role.tools().stream().anyMatch(link -> meaning.tools().contains(link.tool()))
					|| role.languages().stream().anyMatch(link -> meaning.languages().contains(link.language()));
			List<String> expected = catalogue.roles().stream().filter(has).map(Role::name).toList();
			assertThat(results(site.get("/roles?q=" + synonym.term().replace(" ", "+").replace("/", "%2F"))))
				.as(synonym.term())
				.isNotEmpty()
				.containsAll(expected);
		}
	}

	@Test
	void theSearchIgnoresCaseAndAccents() {
		List<String> plain = results(site.get("/roles?q=kubernetes"));

		assertThat(plain).hasSize(4);
		assertThat(results(site.get("/roles?q=KUBERNETES"))).isEqualTo(plain);
		assertThat(results(site.get("/roles?q=K%C3%BCbern%C3%A9tes"))).isEqualTo(plain);
		assertThat(results(site.get("/roles?q=data+scientist"))).containsExactly("Data Scientist");
		assertThat(results(site.get("/roles?q=DATA+SC%C3%8DENTIST"))).containsExactly("Data Scientist");
	}

	@Test
	void theSearchLooksInRoleNamesSkillsToolsAndLanguagesAndEveryWordMustMatch() {
		assertThat(results(site.get("/roles?q=devops"))).containsExactly("DevOps Engineer");
		assertThat(results(site.get("/roles?q=hypothesis"))).containsExactly("Data Scientist");
		assertThat(results(site.get("/roles?q=terraform"))).containsExactlyInAnyOrder("Machine Learning Engineer",
				"DevOps Engineer");
		assertThat(results(site.get("/roles?q=ruby"))).containsExactlyInAnyOrder("Backend Engineer", "DevOps Engineer");
		assertThat(results(site.get("/roles?q=kubernetes+and+ruby"))).containsExactlyInAnyOrder("Backend Engineer",
				"DevOps Engineer");
		assertThat(results(site.get("/roles?q=terraform+ruby"))).containsExactly("DevOps Engineer");
	}

	@Test
	void theMatchedWordsAreHighlightedInTheResults() {
		Page page = site.get("/roles?q=kube");

		Element ml = result(page, "ml-engineer");
		assertThat(ml.select("mark").eachText()).containsExactly("Kube", "Kube");
		assertThat(ml.select(".reasons li").eachText()).containsExactly("Tool: Kubernetes, core to the role",
				"Tool: Kubeflow, secondary to the role");

		Element title = result(site.get("/roles?q=machine+learning"), "ml-engineer").selectFirst("h3");
		assertThat(title.select("mark").eachText()).containsExactly("Machine", "Learning");
		assertThat(title.text()).isEqualTo("Machine Learning Engineer");
	}

	@Test
	void aShortFormMarksWhatItStandsForAndSaysSo() {
		Element backend = result(site.get("/roles?q=k8s"), "backend-engineer");

		assertThat(backend.select(".reasons li").eachText())
			.containsExactly("Tool: Kubernetes, core to the role, found by “k8s”");
		assertThat(backend.select(".reasons mark").text()).isEqualTo("Kubernetes");
	}

	@Test
	void theFormWorksWithoutJavaScriptAndUpdatesInPlaceWithIt() {
		Page page = site.get("/roles");

		Element form = page.select("form#role-filter");
		assertThat(form.attr("action")).isEqualTo("/roles");
		assertThat(form.attr("method")).isEqualTo("get");
		assertThat(form.select("button[type=submit]")).isNotEmpty();
		assertThat(form.select("input[name=q]").attr("maxlength")).isEqualTo("200");
		assertThat(form.select("input[name=minSalary]").attr("type")).isEqualTo("number");
		for (Element input : form.select("input")) {
			assertThat(page.select("label[for=" + input.id() + "]")).as("label of %s", input.id()).isNotNull();
		}
		assertThat(form.attr("data-hx-get")).isEqualTo("/roles");
		assertThat(form.attr("data-hx-target")).isEqualTo("#results");
		assertThat(form.attr("data-hx-push-url")).isEqualTo("true");
		assertThat(page.document().select("script").eachAttr("src"))
			.anyMatch(src -> src.startsWith("/webjars/htmx.org/"))
			.allMatch(src -> src.startsWith("/webjars/") || src.startsWith("/assets/"));
		assertThat(page.body()).doesNotContain(" hx-", "onclick", "style=");
	}

	@Test
	void htmxIsServedByTheApplicationItself() {
		Page page = site.get("/roles");
		String htmx = page.document()
			.select("script")
			.eachAttr("src")
			.stream()
			.filter(src -> src.startsWith("/webjars/"))
			.findFirst()
			.orElseThrow();

		Page script = site.get(htmx);
		assertThat(script.status()).isEqualTo(200);
		assertThat(script.body()).contains("htmx");
	}

	@Test
	void anHtmxRequestGetsOnlyTheChangingPartsAndTheAddressToShow() {
		Page update = site.get("/roles?tool=kubernetes&language=&minSalary=&q=", Map.of("HX-Request", "true"));

		assertThat(update.status()).isEqualTo(200);
		assertThat(update.body()).doesNotContain("<html", "<header", "role-filter\"");
		assertThat(update.header("HX-Push-Url")).isEqualTo("/roles?tool=kubernetes");
		assertThat(update.header("Vary")).contains("HX-Request");
		assertThat(update.document().select("section#results .result")).hasSize(4);
		assertThat(update.document().select("[data-hx-swap-oob=innerHTML]").eachAttr("id")).containsExactly(
				"facet-skill-options", "facet-tool-options", "facet-language-options", "filter-status", "filter-count");
		assertThat(update.select("#filter-count").text()).isEqualTo("1");
		assertThat(update.select("#filter-status").text()).isEqualTo("4 roles match.");
		assertThat(update.select("label[for=language-python] .facet__count").text()).isEqualTo("4");
		assertThat(update.body()).contains("<title>Roles: Kubernetes · Toolkit Atlas</title>");
	}

	@Test
	void htmxRestoringHistoryGetsTheWholePage() {
		Page restored = site.get("/roles?tool=kubernetes",
				Map.of("HX-Request", "true", "HX-History-Restore-Request", "true"));

		assertThat(restored.h1()).isEqualTo("Roles by skill, tool and language");
		assertThat(restored.select("form#role-filter")).isNotNull();
	}

	@Test
	void anUnknownSlugGetsA400PageThatNamesItSuggestsTheNearestAndLinksTheIndexes() {
		Page page = site.get("/roles?tool=kubernets&language=python");

		assertThat(page.status()).isEqualTo(400);
		assertThat(page.h1()).isEqualTo("This filter cannot be applied");
		assertThat(page.section("problems"))
			.contains("The catalogue has no tool “kubernets”. Did you mean Kubernetes?");
		assertThat(page.linkTextTo("/roles?tool=kubernetes&language=python"))
			.isEqualTo("Filter with Kubernetes instead");
		assertThat(page.linkTextTo("/roles?language=python")).isEqualTo("Apply the rest of the filter");
		assertThat(page.links()).contains("/skills", "/tools", "/roles");
	}

	@Test
	void everyUnknownSlugIsNamedWithTheBestCorrectionAtHand() {
		Page page = site.get("/roles?skill=kubernetes&tool=k8s&language=pyton&language=cobol");

		assertThat(page.status()).isEqualTo(400);
		assertThat(page.document().select(".filter-problems li").eachText()).containsExactly(
				"The catalogue has no skill “kubernetes”. Kubernetes is a tool, not a skill. Filter with Kubernetes as a tool instead",
				"The catalogue has no tool “k8s”. Did you mean Kubernetes? Filter with Kubernetes instead",
				"The catalogue has no language “pyton”. Did you mean Python? Filter with Python instead",
				"The catalogue has no language “cobol”.");
	}

	@Test
	void aProgramGetsTheSameAnswerAsProblemDetails() {
		Page problem = site.getJson("/roles?tool=kubernets&minSalary=lots");

		assertThat(problem.status()).isEqualTo(400);
		assertThat(problem.header("content-type")).startsWith("application/problem+json");
		assertThat(problem.body()).contains("\"status\":400", "\"parameter\":\"tool,minSalary\"",
				"The catalogue has no tool “kubernets”.", "The minimum salary must be a whole number");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"abc         | The minimum salary must be a whole number of US dollars a year, such as 150000; “abc” is not.",
			"150000.50   | The minimum salary must be a whole number of US dollars a year, such as 150000; “150000.50” is not.",
			"-5          | The minimum salary cannot be negative; “-5” is below zero.",
			"1000001     | The minimum salary can be at most 1,000,000 US dollars a year, far above every figure in the catalogue; “1000001” is more.",
			"99999999999999999999 | The minimum salary can be at most 1,000,000 US dollars a year" })
	void aSalaryThatIsNotASensibleWholeNumberGetsA400ThatSaysWhy(String salary, String message) {
		Page page = site.get("/roles?minSalary=" + salary);

		assertThat(page.status()).isEqualTo(400);
		assertThat(page.section("problems")).contains(message);
		assertThat(site.getJson("/roles?minSalary=" + salary).body()).contains("\"parameter\":\"minSalary\"");
	}

	@Test
	void aSearchOfThousandsOfCharactersGetsA400() {
		Page page = site.get("/roles?q=" + "kubernetes+".repeat(500));

		assertThat(page.status()).isEqualTo(400);
		assertThat(page.section("problems"))
			.contains("The search can be at most 200 characters long; this one has 5,499.");
		assertThat(page.body()).doesNotContain("kubernetes kubernetes kubernetes kubernetes kubernetes kubernetes");
	}

	@Test
	void tooManyValuesOfOneParameterGetA400() {
		Page page = site.get("/roles?"
				+ String.join("&", catalogue.tools().stream().limit(25).map(tool -> "tool=" + tool.slug()).toList()));

		assertThat(page.status()).isEqualTo(400);
		assertThat(page.section("problems"))
			.contains("At most 20 values of “tool” can be combined; this request has 25.");
	}

	@Test
	void markupInTheSearchIsShownAsTextAndNeverReflectedUnescaped() {
		Page page = site.get("/roles?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).doesNotContain("<script>alert(1)").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
		assertThat(page.select("#filter-q").val()).isEqualTo("<script>alert(1)</script>");
		assertThat(page.text()).contains("The search is plain text", "Remove Search: “<script>alert(1)</script>”");
		assertThat(page.section("results"))
			.contains("No role name, skill, tool or language in the catalogue matches alert");
	}

	@Test
	void markupInAnUnknownSlugIsQuotedAsText() {
		Page page = site.get("/roles?skill=%3Cimg%20src%3Dx%3E");

		assertThat(page.status()).isEqualTo(400);
		assertThat(page.section("problems")).contains("The catalogue has no skill “<img src=x>”.");
		assertThat(page.body()).doesNotContain("<img src=x>");
	}

	@Test
	void emptyParametersAsAPlainFormSendsThemAreIgnored() {
		Page page = site.get("/roles?q=&minSalary=&tool=docker");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.select("link[rel=canonical]").attr("href"))
			.isEqualTo("http://localhost:8080/roles?tool=docker");
		assertThat(results(page)).hasSize(4);
	}

	@Test
	void theSearchSerialisesAsJsonForTheApi(@Autowired RoleFilterService filters, @Autowired JsonMapper json) {
		RoleSearch search = filters
			.search(new FilterRequest(List.of(), List.of("kubernetes"), List.of("python"), null, "k8s"));

		String body = json.writeValueAsString(search);
		assertThat(body).contains("\"results\"", "\"facets\"", "\"applied\"",
				"\"removeHref\":\"/roles?language=python&q=k8s\"", "\"shortForms\":[\"k8s\"]");
	}

	private static List<String> results(Page page) {
		assertThat(page.status()).as(page.path()).isEqualTo(200);
		return page.document().select("#results .result__title").eachText();
	}

	private static Element result(Page page, String slug) {
		Element title = page.select("#result-" + slug);
		assertThat(title).as("result for %s", slug).isNotNull();
		return title.closest("article");
	}

}
