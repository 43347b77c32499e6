package com.toolkitatlas.vocabulary;

import java.util.List;

import com.toolkitatlas.catalogue.Catalogue;
import com.toolkitatlas.catalogue.Catalogue.Usage;
import com.toolkitatlas.catalogue.Category;
import com.toolkitatlas.catalogue.Importance;
import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.catalogue.Skill;
import com.toolkitatlas.catalogue.Tool;
import com.toolkitatlas.support.Page;
import com.toolkitatlas.support.Site;
import com.toolkitatlas.support.WebTest;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@WebTest
class VocabularyPagesTest {

	@Autowired
	Site site;

	@Autowired
	Catalogue catalogue;

	@Test
	void theSkillsIndexGroupsEverySkillByCategoryWithTheNumberOfRolesThatNeedIt() {
		Page page = site.get("/skills");

		assertThat(page.h1()).isEqualTo("Skills");
		assertThat(page.headings("h2"))
			.containsSubsequence(catalogue.skillCategories().stream().map(Category::label).toList());
		for (Skill skill : catalogue.skills()) {
			Element row = page.document().getElementById("skill-" + skill.slug());
			assertThat(row).as(skill.slug()).isNotNull();
			assertThat(row.closest("section").id()).isEqualTo("category-" + skill.category().slug());
			assertThat(row.selectFirst("th a").attr("href")).isEqualTo("/skills/" + skill.slug());
			assertThat(row.select("td").get(0).text()).isEqualTo(roles(catalogue.usesOf(skill).size()));
		}
		assertThat(page.linkTextTo("/roles?skill=cloud-computing")).isEqualTo("4 roles");
		assertThat(page.document().getElementById("skill-mlops").text()).contains("MLOps", "1 role",
				"ML Engineer (core)");
	}

	@Test
	void theToolsIndexGroupsEveryToolByCategoryWithItsCostModelAndRoleCount() {
		Page page = site.get("/tools");

		assertThat(page.h1()).isEqualTo("Tools");
		for (Tool tool : catalogue.tools()) {
			Element row = page.document().getElementById("tool-" + tool.slug());
			assertThat(row).as(tool.slug()).isNotNull();
			assertThat(row.closest("section").id()).isEqualTo("category-" + tool.category().slug());
			assertThat(row.select("td").get(0).text())
				.isEqualTo(tool.costChecked() ? tool.cost().model().label() : "Not checked yet");
			assertThat(row.select("td").get(1).text()).isEqualTo(roles(catalogue.usesOf(tool).size()));
		}
		assertThat(page.document().getElementById("tool-kubernetes").text()).contains("Kubernetes", "Open source",
				"4 roles", "ML Engineer (core)", "Data Engineer");
	}

	@Test
	void aSkillPageShowsItsCategoryAndTheRolesThatNeedItWithHowCentralItIs() {
		Page page = site.get("/skills/ci-cd");

		assertThat(page.h1()).isEqualTo("CI/CD");
		assertThat(page.select(".facts").text()).contains("Category", "Operations and platform", "4 roles, core to 1");
		List<Element> rows = page.document().select("#roles tbody tr");
		assertThat(rows).extracting(row -> row.selectFirst("th").text())
			.containsExactly("Machine Learning Engineer", "Backend Engineer", "Data Engineer", "DevOps Engineer");
		assertThat(rows.get(3).text()).contains("Core: the role cannot do without this skill");
		assertThat(rows.get(0).text()).contains("Secondary");
		assertThat(page.linkTextTo("/roles?skill=ci-cd")).isEqualTo("4 roles");
		assertThat(page.document().select("#roles a[href=/roles?skill=ci-cd]").text())
			.isEqualTo("Open these 4 roles in the role filter");
	}

	@Test
	void aSkillOrToolPageLinksToTheComparisonsOfEveryPairOfItsRoles() {
		Page page = site.get("/tools/pytorch");

		assertThat(page.document().select("#compare a").eachAttr("href")).containsExactly(
				"/compare/ml-engineer-vs-data-scientist", "/compare/ml-engineer-vs-ai-engineer",
				"/compare/data-scientist-vs-ai-engineer");
		assertThat(site.get("/skills/mlops").section("compare")).contains("Fewer than two roles use it");
	}

	@Test
	void aToolPageShowsItsCostModelWithTheEvidence() {
		Tool kubernetes = catalogue.tool("kubernetes").orElseThrow();
		Page page = site.get("/tools/kubernetes");

		assertThat(page.h1()).isEqualTo("Kubernetes");
		assertThat(page.section("cost")).contains("Open source", kubernetes.cost().model().description());
		assertThat(page.document().select("#cost a").eachAttr("href"))
			.contains(kubernetes.cost().evidenceLinks().get(0));
		assertThat(page.document().select("#roles tbody th").eachText()).containsExactly("Machine Learning Engineer",
				"Backend Engineer", "Data Engineer", "DevOps Engineer");

		Tool unchecked = catalogue.tools().stream().filter(tool -> !tool.costChecked()).findFirst().orElseThrow();
		assertThat(site.get("/tools/" + unchecked.slug()).section("cost")).contains("Not checked yet");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/skills/astronautics", "/tools/%3Cb%3Ehammer" })
	void anUnknownSkillOrToolGetsA404ThatNamesIt(String path) {
		Page page = site.get(path);

		assertThat(page.status()).isEqualTo(404);
		assertThat(page.text()).containsPattern("There is no (skill|tool) called “(astronautics|<b>hammer)”");
		assertThat(page.body()).doesNotContain("<b>hammer");
	}

	@ParameterizedTest
	@ValueSource(strings = { "ml-engineer", "backend-engineer", "data-engineer", "devops-engineer", "data-scientist",
			"ai-engineer" })
	void everySkillToolAndLanguageOnAProfileLinksToItsPage(String slug) {
		Role role = catalogue.role(slug).orElseThrow();
		Page page = site.get("/roles/" + slug);

		role.skills()
			.forEach(link -> assertThat(
					page.document().select("#skills a[href=/skills/" + link.skill().slug() + "]").text())
				.isEqualTo(link.skill().name()));
		role.tools()
			.forEach(link -> assertThat(
					page.document().select("#tools a[href=/tools/" + link.tool().slug() + "]").text())
				.isEqualTo(link.tool().name()));
		role.languages().forEach(link -> {
			Element anchor = page.document()
				.selectFirst("#languages a[href=/roles?language=" + link.language().slug() + "]");
			// Seen: the language's name; heard by a screen reader: that it is a language
			// ("Go" alone says little).
			assertThat(anchor.ownText()).isEqualTo(link.language().name());
			assertThat(anchor.text()).isEqualTo(link.language().name() + " (language)");
		});
	}

	@Test
	void everyLinkedSkillAndToolPageExists() {
		for (Skill skill : catalogue.skills()) {
			assertThat(site.get("/skills/" + skill.slug()).h1()).isEqualTo(skill.name());
		}
		for (Tool tool : catalogue.tools()) {
			Page page = site.get("/tools/" + tool.slug());
			assertThat(page.h1()).isEqualTo(tool.name());
			List<Usage> uses = catalogue.usesOf(tool);
			assertThat(page.document().select("#roles tbody tr")).hasSize(uses.size());
			uses.forEach(use -> assertThat(page.section("roles")).contains(use.role().name(),
					use.importance() == Importance.CORE ? "Core" : "Secondary"));
		}
	}

	private static String roles(int count) {
		return count == 1 ? "1 role" : count + " roles";
	}

}
