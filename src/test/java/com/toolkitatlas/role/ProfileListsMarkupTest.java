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
 * The lists the profile page's view model writes itself (skill and language tags, the
 * tools table's rows), as a browser and a screen reader read them, against the fixture
 * catalogue.
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

	private static Document list(String html) {
		return Jsoup.parseBodyFragment("<ul>" + html + "</ul>");
	}

}
