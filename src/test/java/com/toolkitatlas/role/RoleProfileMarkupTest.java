package com.toolkitatlas.role;

import java.util.List;

import com.toolkitatlas.catalogue.Links.RoleLanguage;
import com.toolkitatlas.catalogue.Links.RoleSkill;
import com.toolkitatlas.catalogue.Links.RoleTool;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static com.toolkitatlas.catalogue.CatalogueFixture.ML;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lists a profile's template prints as given, as a browser reads them: the summary's
 * core skills, tools and languages, and the topics of the working-in-it and demand
 * sections.
 */
class RoleProfileMarkupTest {

	private final RoleProfile profile = new RoleProfile(ML, List.of(), List.of(), null, List.of(), List.of(), null,
			List.of());

	@Test
	void theSummaryLinksEveryCoreItemToItsPageSeparatedByCommas() {
		Element skills = dd(profile.coreSkillsMarkup());
		Element tools = dd(profile.coreToolsMarkup());
		Element languages = dd(profile.coreLanguagesMarkup());

		assertThat(skills.select("a").eachAttr("href")).containsExactlyElementsOf(
				ML.coreSkills().stream().map(RoleSkill::skill).map(s -> "/skills/" + s.slug()).toList());
		assertThat(skills.text())
			.isEqualTo(String.join(", ", ML.coreSkills().stream().map(l -> l.skill().name()).toList()));
		assertThat(tools.select("a").eachAttr("href")).containsExactlyElementsOf(
				ML.coreTools().stream().map(RoleTool::tool).map(t -> "/tools/" + t.slug()).toList());
		assertThat(tools.text())
			.isEqualTo(String.join(", ", ML.coreTools().stream().map(l -> l.tool().name()).toList()));
		assertThat(languages.select("a").eachAttr("href")).containsExactlyElementsOf(ML.coreLanguages()
			.stream()
			.map(RoleLanguage::language)
			.map(l -> "/roles?language=" + l.slug())
			.toList());
		assertThat(skills.select("a")).isNotEmpty();
	}

	@Test
	void eachTopicIsATermAndItsText() {
		Element list = Jsoup.parseBodyFragment("<dl>" + profile.developerExperienceMarkup() + "</dl>")
			.selectFirst("dl");

		assertThat(list.select("dt").eachText())
			.containsExactlyElementsOf(
					profile.developerExperience().stream().map(RoleProfile.TopicText::heading).toList())
			.isNotEmpty();
		assertThat(list.select("dd").eachText()).containsExactlyElementsOf(
				profile.developerExperience().stream().map(topic -> topic.text() == null ? "" : topic.text()).toList());
	}

	private static Element dd(String markup) {
		return Jsoup.parseBodyFragment("<dl><dt>x</dt><dd>" + markup + "</dd></dl>").selectFirst("dd");
	}

}
