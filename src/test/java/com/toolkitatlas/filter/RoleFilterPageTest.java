package com.toolkitatlas.filter;

import com.toolkitatlas.catalogue.SalaryFigure;
import java.util.Locale;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import com.toolkitatlas.catalogue.Catalogue;
import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.support.Page;
import com.toolkitatlas.support.Site;
import com.toolkitatlas.support.WebTest;
import com.toolkitatlas.web.English;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@WebTest
class RoleFilterPageTest {

	@Autowired
	Site site;

	@Autowired
	Catalogue catalogue;

	@Autowired
	RoleFilterService filters;

	@Test
	void withoutAFilterListsEveryRoleWithTheFormAndEveryOption() {
		Page page = site.get("/roles");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.h1()).isEqualTo("Roles by skill, tool and language");
		assertThat(page.select("#results-heading").text()).isEqualTo("All " + catalogue.roles().size() + " roles");
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
		assertThat(expected).as("the combination is worth testing")
			.isNotEmpty()
			.hasSizeLessThan(catalogue.roles().size());
		assertThat(results(page)).containsExactlyInAnyOrderElementsOf(expected);
		assertThat(page.select("#results-heading").text())
			.isEqualTo(expected.size() == 1 ? "1 role matches" : expected.size() + " roles match");
	}

	@Test
	void eachResultsHeadlinePayShowsItsBasisRegionDateSourceAndProxyMark() {
		Page page = site.get("/roles");
		List<Element> pays = page.document()
			.select(".result")
			.stream()
			.map(result -> result.selectFirst(".result__pay"))
			.toList();
		assertThat(pays).hasSameSizeAs(catalogue.roles());
		for (int i = 0; i < pays.size(); i++) {
			SalaryFigure pay = catalogue.roles().get(i).headlineSalary();
			String where = catalogue.roles().get(i).slug();
			assertThat(pays.get(i).text()).as(where)
				.contains(pay.display(), pay.basis().label().toLowerCase(Locale.ROOT), pay.region(), pay.period(),
						pay.source().title());
			assertThat(pays.get(i).select("a").attr("href")).as(where).isEqualTo("/sources#" + pay.source().code());
			assertThat(pays.get(i).select(".occupation__status--proxy").isEmpty()).as(where).isEqualTo(!pay.proxy());
		}
	}

	@Test
	void eachAddedFilterNarrowsTheResult() {
		List<String> tool = results(site.get("/roles?tool=kubernetes"));
		List<String> toolAndLanguage = results(site.get("/roles?tool=kubernetes&language=go"));
		List<String> all = results(site.get("/roles?tool=kubernetes&language=go&skill=microservices"));

		assertThat(tool).containsExactlyInAnyOrderElementsOf(names(role -> role.tool("kubernetes").isPresent()));
		assertThat(toolAndLanguage).containsExactlyInAnyOrderElementsOf(
				names(role -> role.tool("kubernetes").isPresent() && role.language("go").isPresent()));
		assertThat(all).containsExactlyInAnyOrderElementsOf(names(role -> role.tool("kubernetes").isPresent()
				&& role.language("go").isPresent() && role.skill("microservices").isPresent()));
		assertThat(tool).hasSizeGreaterThan(toolAndLanguage.size()).containsAll(toolAndLanguage);
		assertThat(toolAndLanguage).hasSizeGreaterThan(all.size()).containsAll(all);
		assertThat(all).isNotEmpty();
	}

	/**
	 * The counts the page shows are the search's own (the shown counts of one page per
	 * state); that each count is what choosing the option leaves is then checked on the
	 * search itself, for every option, without a request each (RoleFilterServiceTest
	 * proves the same on the small fixture catalogue).
	 */
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
			RoleSearch after = filters.search(request(state.isEmpty() ? chosen : state + "&" + chosen));
			assertThat(after.results()).as("count next to %s, from /roles?%s", chosen, state).hasSize(shown);
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
		List<String> withoutJenkins = names(
				role -> role.tool("kafka").isPresent() && role.headlineSalary().high() >= 150_000);
		assertThat(withoutJenkins).hasSizeGreaterThan(1);
		assertThat(advice.text())
			.contains("No role has everything you chose", "Remove Tool: Jenkins (" + withoutJenkins.size() + " roles)")
			.doesNotContain("Remove Tool: Apache Kafka");
		assertThat(advice.selectFirst("a").attr("href")).isEqualTo("/roles?tool=kafka&minSalary=150000");
		assertThat(results(site.get("/roles?tool=kafka&minSalary=150000")))
			.containsExactlyInAnyOrderElementsOf(withoutJenkins);
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
		assertThat(expected).isNotEmpty().hasSizeLessThan(catalogue.roles().size());
		assertThat(results(page)).containsExactlyInAnyOrderElementsOf(expected);
		assertThat(result(page, "ml-engineer").text())
			.contains("Pay: the top of its headline figure, $250,000, reaches $150,000");
		assertThat(page.text())
			.contains("The " + English.number(catalogue.roles().size()) + " headline figures have different bases");
		assertThat(page.links()).contains("/sources#filter-method");
	}

	@ParameterizedTest
	@CsvSource({ "k8s, kubernetes", "ml, machine learning", "js, javascript", "postgres, postgresql", "golang, go",
			"sklearn, scikit-learn", "nlp, natural language processing", "llm, large language models", "cicd, ci/cd",
			"gcp, google cloud platform", "artificial intelligence, ai", "torch, pytorch" })
	void shortFormsAndSynonymsFindTheSameRolesAsTheFullNames(String shortForm, String fullName) {
		List<String> bySynonym = results(site.get("/roles?q=" + shortForm.replace(" ", "+")));
		List<String> byName = results(site.get("/roles?q=" + fullName.replace(" ", "+").replace("/", "%2F")));

		// The full name is also read in use cases and hiring advice, so it may find more.
		assertThat(bySynonym).isNotEmpty().containsAnyElementsOf(byName);
		assertThat(byName).isNotEmpty();
	}

	/** A check of the catalogue's short forms, on the search itself: no page each. */
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
			assertThat(filters.search(new FilterRequest(null, null, null, null, synonym.term(), null))
				.results()
				.stream()
				.map(result -> result.role().name())
				.toList()).as(synonym.term()).isNotEmpty().containsAll(expected);
		}
	}

	@Test
	void theSearchIgnoresCaseAndAccents() {
		List<String> plain = results(site.get("/roles?q=kubernetes"));

		assertThat(plain).containsAll(names(role -> role.tool("kubernetes").isPresent()));
		assertThat(results(site.get("/roles?q=KUBERNETES"))).isEqualTo(plain);
		assertThat(results(site.get("/roles?q=K%C3%BCbern%C3%A9tes"))).isEqualTo(plain);
		// The role the search names comes first; others whose use cases or hiring advice
		// mention data scientists follow.
		assertThat(results(site.get("/roles?q=data+scientist"))).first().isEqualTo("Data Scientist");
		assertThat(results(site.get("/roles?q=DATA+SC%C3%8DENTIST")))
			.isEqualTo(results(site.get("/roles?q=data+scientist")));
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
		List<String> kubernetes = names(role -> role.tool("kubernetes").isPresent());
		assertThat(update.document().select("section#results .result")).hasSize(kubernetes.size());
		assertThat(update.document().select("[data-hx-swap-oob=innerHTML]").eachAttr("id")).containsExactly(
				"facet-skill-options", "facet-tool-options", "facet-language-options", "filter-status", "filter-count");
		assertThat(update.select("#filter-count").text()).isEqualTo("1");
		assertThat(update.select("#filter-status").text()).isEqualTo(kubernetes.size() + " roles match.");
		assertThat(update.select("label[for=language-python] .facet__count").text()).isEqualTo(String
			.valueOf(names(role -> role.tool("kubernetes").isPresent() && role.language("python").isPresent()).size()));
		assertThat(update.body()).contains("<title>Roles: Kubernetes · Toolkit Atlas</title>");
	}

	@Test
	void emptyParametersAsAPlainFormSendsThemAreIgnored() {
		Page page = site.get("/roles?q=&minSalary=&tool=docker");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.select("link[rel=canonical]").attr("href"))
			.isEqualTo("http://localhost:8080/roles?tool=docker");
		assertThat(results(page)).containsExactlyInAnyOrderElementsOf(names(role -> role.tool("docker").isPresent()));
	}

	private List<String> names(Predicate<Role> filter) {
		return catalogue.roles().stream().filter(filter).map(Role::name).toList();
	}

	/** The parameters of a query string as the controller reads them. */
	private static FilterRequest request(String query) {
		Map<String, List<String>> values = new java.util.HashMap<>();
		for (String pair : query.split("&")) {
			String[] parts = pair.split("=", 2);
			values.computeIfAbsent(parts[0], key -> new ArrayList<>()).add(parts[1]);
		}
		return new FilterRequest(values.get("skill"), values.get("tool"), values.get("language"),
				values.containsKey("minSalary") ? values.get("minSalary").get(0) : null,
				values.containsKey("q") ? values.get("q").get(0) : null,
				values.containsKey("sort") ? values.get("sort").get(0) : null);
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
