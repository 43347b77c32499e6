package com.toolkitatlas.role;

import java.util.List;

import com.toolkitatlas.catalogue.CatalogueFixture;
import com.toolkitatlas.catalogue.Importance;
import com.toolkitatlas.catalogue.Links.RoleSkill;
import com.toolkitatlas.catalogue.Links.RoleTool;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static com.toolkitatlas.catalogue.CatalogueFixture.ML;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lists the profile page's view model writes itself (skill groups and tags, language
 * tags, the tools table's rows, the summary's core links, lists of texts, hiring
 * companies, the paragraphs by topic), as a browser and a screen reader read them,
 * against the fixture catalogue.
 */
class ProfileListsMarkupTest {

	private final RoleProfile profile = RoleServices.over(CatalogueFixture.catalogue()).profile(ML.slug());

	@Test
	void eachSkillIsATagLinkedToItsPageCoreOnesMarked() {
		for (RoleProfile.SkillGroup group : profile.skillGroups()) {
			Document tags = list(group.tagsMarkup());

			assertThat(tags.select("ul > li > a").eachText())
				.containsExactlyElementsOf(group.skills().stream().map(link -> link.skill().name()).toList());
			for (RoleSkill link : group.skills()) {
				Element tag = tags.selectFirst("li:has(a[href=/skills/" + link.skill().slug() + "])");
				boolean core = link.importance() == Importance.CORE;
				assertThat(tag.hasClass("tag--core")).isEqualTo(core);
				assertThat(tag.selectFirst("a + .tag__importance").text()).isEqualTo(core ? "(core)" : "(secondary)");
			}
		}
		assertThat(profile.skillGroups()).isNotEmpty();
	}

	@Test
	void eachLanguageLinksToTheRolesThatUseItAndSaysItIsALanguage() {
		Document tags = list(profile.languageTagsMarkup());

		assertThat(tags.select("ul > li")).hasSize(ML.languages().size());
		Element python = tags.selectFirst("a[href=/roles?language=python]");
		assertThat(python.text()).isEqualTo("Python (language)");
		assertThat(python.selectFirst(".visually-hidden").text()).isEqualTo("(language)");
		assertThat(python.parent().hasClass("tag--core")).isTrue();
		assertThat(tags.selectFirst("a[href=/roles?language=sql]").parent().hasClass("tag--core")).isFalse();
	}

	@Test
	void eachToolIsARowWithItsCategoryImportanceAndCostOrNotCheckedYet() {
		Document table = Jsoup.parse("<table><tbody>" + profile.toolRowsMarkup() + "</tbody></table>");

		List<RoleTool> tools = profile.toolGroups().stream().flatMap(group -> group.tools().stream()).toList();
		assertThat(table.select("tbody > tr > th[scope=row] > a").eachText())
			.containsExactlyElementsOf(tools.stream().map(link -> link.tool().name()).toList());
		Element docker = table.selectFirst("tr:has(a[href=/tools/docker])");
		assertThat(docker.select("td").eachText()).containsExactly("Platform", "Core", "Open source");
		assertThat(docker.selectFirst("td a[rel=nofollow]").attr("href"))
			.isEqualTo("https://example.org/docker-licence");
		Element kubernetes = table.selectFirst("tr:has(a[href=/tools/kubernetes])");
		assertThat(kubernetes.select("td").eachText()).containsExactly("Platform", "Secondary", "Open source");
	}

	@Test
	void eachSkillCategoryIsASectionNamedByItsHeadingHoldingItsOwnTags() {
		Document groups = Jsoup.parseBodyFragment("<div class=\"groups\">" + profile.skillGroupsMarkup() + "</div>");

		assertThat(groups.select("div.groups > section.group > h3").eachText())
			.containsExactlyElementsOf(profile.skillGroups().stream().map(group -> group.category().label()).toList());
		for (RoleProfile.SkillGroup group : profile.skillGroups()) {
			Element heading = groups.getElementById("skills-" + group.category().slug());
			Element section = heading.parent();
			assertThat(section.attr("aria-labelledby")).isEqualTo(heading.id());
			assertThat(section.select("ul.tags > li > a").eachAttr("href")).containsExactlyElementsOf(
					group.skills().stream().map(link -> "/skills/" + link.skill().slug()).toList());
		}
		assertThat(profile.skillGroups()).isNotEmpty();
	}

	@Test
	void theSummaryLinksEachCoreSkillToolAndLanguageSeparatedByCommasAndNothingSecondary() {
		assertThat(links(profile.coreSkillsMarkup())).containsExactlyElementsOf(ML.coreSkills()
			.stream()
			.map(link -> link.skill().name() + " " + "/skills/" + link.skill().slug())
			.toList());
		assertThat(links(profile.coreToolsMarkup())).containsExactlyElementsOf(ML.coreTools()
			.stream()
			.map(link -> link.tool().name() + " " + "/tools/" + link.tool().slug())
			.toList());
		assertThat(links(profile.coreLanguagesMarkup())).containsExactlyElementsOf(ML.coreLanguages()
			.stream()
			.map(link -> link.language().name() + " " + "/roles?language=" + link.language().slug())
			.toList());
		assertThat(Jsoup.parseBodyFragment(profile.coreToolsMarkup()).text())
			.isEqualTo(String.join(", ", ML.coreTools().stream().map(link -> link.tool().name()).toList()));
		assertThat(ML.coreTools()).hasSizeGreaterThan(1).hasSizeLessThan(ML.tools().size());
	}

	@Test
	void textsAreListedOneAnItemInOrderWithWhatLooksLikeMarkupShownAsText() {
		List<String> items = List.of("Data scientists", "People who read <code> & \"papers\"", "Operators");

		assertThat(list(profile.itemsMarkup(items)).select("ul > li").eachText()).containsExactlyElementsOf(items);
		assertThat(list(profile.itemsMarkup(items)).select("code")).isEmpty();
		assertThat(list(profile.itemsMarkup(ML.bestFor())).select("ul > li").eachText())
			.containsExactlyElementsOf(ML.bestFor());
	}

	@Test
	void eachHiringCompanyIsAnItemByName() {
		assertThat(list(profile.hiringCompaniesMarkup()).select("ul > li").eachText())
			.containsExactlyElementsOf(ML.hiringCompanies().stream().map(hiring -> hiring.company().name()).toList());
		assertThat(ML.hiringCompanies()).isNotEmpty();
	}

	@Test
	void eachTopicIsATermWithItsParagraph() {
		for (List<RoleProfile.TopicText> topics : List.of(profile.developerExperience(), profile.performance(),
				profile.costs(), profile.demand())) {
			Document entries = Jsoup.parseBodyFragment("<dl>" + profile.topicsMarkup(topics) + "</dl>");

			assertThat(entries.select("dl > div > dt").eachText())
				.containsExactlyElementsOf(topics.stream().map(RoleProfile.TopicText::heading).toList());
			assertThat(entries.select("dl > div > dt + dd").eachText())
				.containsExactlyElementsOf(topics.stream().map(RoleProfile.TopicText::text).toList());
		}
		assertThat(profile.developerExperience()).hasSizeGreaterThan(1);
	}

	/** Each link's text and address. */
	private static List<String> links(String html) {
		return Jsoup.parseBodyFragment(html)
			.select("body > a")
			.stream()
			.map(a -> a.text() + " " + a.attr("href"))
			.toList();
	}

	private static Document list(String html) {
		return Jsoup.parseBodyFragment("<ul>" + html + "</ul>");
	}

}
