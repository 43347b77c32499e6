package com.toolkitatlas.compare;

import java.util.List;

import com.toolkitatlas.catalogue.Catalogue;
import com.toolkitatlas.catalogue.CatalogueFixture;
import com.toolkitatlas.catalogue.Category;
import com.toolkitatlas.catalogue.Citations;
import com.toolkitatlas.catalogue.RolePair;
import com.toolkitatlas.catalogue.Skill;
import com.toolkitatlas.catalogue.Tool;
import com.toolkitatlas.compare.CompareOutcome.Show;
import com.toolkitatlas.html.Markup;
import com.toolkitatlas.salary.SalaryCharts;
import com.toolkitatlas.support.FixtureConfiguration;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static com.toolkitatlas.catalogue.CatalogueFixture.DATA;
import static com.toolkitatlas.catalogue.CatalogueFixture.ML;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lists a pair page's view model writes itself (the overlap's tags, each role's core
 * tools and their costs), as a browser reads them, against the fixture catalogue.
 */
class PairListsMarkupTest {

	private final Catalogue catalogue = CatalogueFixture.catalogue();

	private final PairComparison pair = show(
			new ComparisonService(catalogue, new SalaryCharts(), FixtureConfiguration.occupationsOf(catalogue))
				.pair("ml-engineer-vs-data-engineer"));

	@Test
	void theOverlapsTagsLinkEachSkillAndToolToItsPageInTheOverlapsOrder() {
		Document skills = list(
				PairComparison.writeSkillTags(new Markup(), pair.overlap().onlyFirstSkills()).toString());
		Document tools = list(PairComparison.writeToolTags(new Markup(), pair.overlap().sharedTools()).toString());

		assertThat(skills.select("ul > li > a").eachText())
			.containsExactlyElementsOf(pair.overlap().onlyFirstSkills().stream().map(Skill::name).toList());
		assertThat(skills.select("ul > li > a").eachAttr("href")).containsExactlyElementsOf(
				pair.overlap().onlyFirstSkills().stream().map(skill -> "/skills/" + skill.slug()).toList());
		assertThat(tools.select("ul > li > a").eachAttr("href")).containsExactlyElementsOf(
				pair.overlap().sharedTools().stream().map(tool -> "/tools/" + tool.slug()).toList());
		assertThat(pair.overlap().onlyFirstSkills()).isNotEmpty();
		assertThat(pair.overlap().sharedTools()).isNotEmpty();
	}

	@Test
	void namesAreEscaped() {
		Category odd = new Category("odd", "Odd", 1);
		Document tools = list(
				PairComparison.writeToolTags(new Markup(), List.of(new Tool("a-b", "A <b> & \"c\"", odd, null)))
					.toString());

		assertThat(tools.selectFirst("li > a").text()).isEqualTo("A <b> & \"c\"");
		assertThat(tools.select("b")).isEmpty();
	}

	@Test
	void eachCoreToolIsARowWithItsCostModelAndEveryPieceOfEvidenceOrNotCheckedYet() {
		Document ml = table(PairComparison.writeToolCostRows(new Markup(), ML).toString());
		Document data = table(PairComparison.writeToolCostRows(new Markup(), DATA).toString());

		assertThat(ml.select("tr > th[scope=row] > a").eachText())
			.containsExactlyElementsOf(ML.coreTools().stream().map(link -> link.tool().name()).toList());
		Element docker = row(ml, "/tools/docker");
		assertThat(docker.select("td > span").first().text()).isEqualTo("Open source");
		assertThat(docker.select(".source-ref a").eachText()).containsExactly("evidence 1", "evidence 2");
		assertThat(docker.select(".source-ref a").eachAttr("href"))
			.containsExactly("https://example.org/docker-licence", "https://example.org/docker-pricing");
		assertThat(docker.select(".source-ref a").eachAttr("rel")).containsOnly("nofollow");
		assertThat(docker.selectFirst(".source-ref").text()).isEqualTo("evidence 1, evidence 2");
		assertThat(row(ml, "/tools/pytorch").select(".source-ref a").eachText()).containsExactly("evidence");
		Element spark = row(data, "/tools/spark");
		assertThat(spark.selectFirst("td.muted").text()).isEqualTo("Not checked yet");
		assertThat(spark.select("a[rel=nofollow]")).isEmpty();
	}

	@Test
	void eachTopicsParagraphsComeSideBySideEachUnderItsRolesNameLinkedToItsProfile() {
		List<PairComparison.TopicTexts> topics = pair.sections()
			.stream()
			.flatMap(section -> section.topics().stream())
			.toList();

		assertThat(topics).isNotEmpty();
		for (PairComparison.TopicTexts topic : topics) {
			Element columns = Jsoup.parseBodyFragment("<dl>" + topic.writeTexts(new Markup()).toString() + "</dl>")
				.selectFirst("dl");
			assertThat(columns.select("dl > div > dt > a").eachText()).as(topic.heading())
				.containsExactly(ML.shortName(), DATA.shortName());
			assertThat(columns.select("dl > div > dt > a").eachAttr("href")).as(topic.heading())
				.containsExactly("/roles/" + ML.slug(), "/roles/" + DATA.slug());
			assertThat(columns.select("dl > div > dd").eachText()).as(topic.heading())
				.containsExactlyElementsOf(topic.texts()
					.stream()
					.map(text -> text.text() == null ? "" : text.text().replaceAll("\\s+", " ").strip())
					.toList());
		}
	}

	@Test
	void eachSectionsTopicsComeUnderTheirHeadingsTheToolCostsWithEachRolesCoreToolsTable() {
		for (PairComparison.Section section : pair.sections()) {
			Document topics = Jsoup.parseBodyFragment(section.writeTopics(new Markup()).toString());

			assertThat(topics.select("body > h3").eachText()).as(section.id())
				.containsExactlyElementsOf(section.topics().stream().map(PairComparison.TopicTexts::heading).toList());
			assertThat(topics.select("body > dl.compare-columns")).as(section.id()).hasSize(section.topics().size());
			for (PairComparison.TopicTexts topic : section.topics()) {
				if (topic.withToolCosts()) {
					Element ml = topics.selectFirst("dl.compare-columns > div:has(dt > a[href=/roles/ml-engineer])");
					assertThat(ml.selectFirst("dd > p").text())
						.isEqualTo(java.util.Objects.toString(ML.text(topic.topic()), ""));
					assertThat(ml.select("dd > table.tool-costs th[scope=row] > a").eachText())
						.containsExactlyElementsOf(ML.coreTools().stream().map(link -> link.tool().name()).toList());
					assertThat(ml.selectFirst("table.tool-costs caption").text())
						.isEqualTo("Core tools of the " + ML.name() + " toolkit and how each is paid for");
				}
			}
		}
		assertThat(pair.sections().stream().flatMap(section -> section.topics().stream()))
			.anyMatch(PairComparison.TopicTexts::withToolCosts);
	}

	@Test
	void aPairsNotesAreParagraphsEachWithTheFootnoteOfItsSource() {
		PairComparison noted = show(
				new ComparisonService(catalogue, new SalaryCharts(), FixtureConfiguration.occupationsOf(catalogue))
					.pair("ml-engineer-vs-backend-engineer"));
		Citations citations = noted.citations();

		for (PairComparison.Section section : noted.sections()) {
			Document notes = Jsoup.parseBodyFragment(section.writeNotes(new Markup(), citations).toString());

			assertThat(notes.select("body > p.pair-note")).as(section.id()).hasSize(section.notes().size());
			for (int i = 0; i < section.notes().size(); i++) {
				RolePair.Note note = section.notes().get(i);
				Element paragraph = notes.select("body > p.pair-note").get(i);
				assertThat(paragraph.ownText()).isEqualTo(note.body());
				assertThat(paragraph.select("sup.cite > a").eachAttr("href")).containsExactlyElementsOf(
						note.source() == null ? List.of() : List.of("#cite-" + note.source().code()));
			}
		}
		assertThat(noted.pair().notes()).isNotEmpty();
	}

	@Test
	void aParagraphIsPrintedAsTextNotMarkup() {
		PairComparison.TopicTexts topic = new PairComparison.TopicTexts(com.toolkitatlas.catalogue.Topic.ONBOARDING,
				List.of(new RoleText(ML, "Fast <b>& \"easy\"</b>")));

		Element item = Jsoup.parseBodyFragment("<dl>" + topic.writeTexts(new Markup()).toString() + "</dl>")
			.selectFirst("dd");

		assertThat(item.text()).isEqualTo("Fast <b>& \"easy\"</b>");
		assertThat(item.select("b")).isEmpty();
	}

	@Test
	void aNoteIsPrintedAsTextNotMarkup() {
		RolePair.Note note = new RolePair.Note(com.toolkitatlas.catalogue.ComparisonSection.OVERLAP,
				"Both <b>& \"more\"</b>", null);
		PairComparison.Section section = new PairComparison.Section(
				com.toolkitatlas.catalogue.ComparisonSection.OVERLAP, List.of(), List.of(note));

		Element paragraph = Jsoup
			.parseBodyFragment(
					section.writeNotes(new Markup(), Citations.of(java.util.stream.Stream.empty())).toString())
			.selectFirst("p.pair-note");

		assertThat(paragraph.text()).isEqualTo(note.body());
		assertThat(paragraph.select("b")).isEmpty();
	}

	private static Element row(Document table, String href) {
		return table.selectFirst("tr:has(th > a[href=" + href + "])");
	}

	private static Document list(String html) {
		return Jsoup.parseBodyFragment("<ul>" + html + "</ul>");
	}

	private static Document table(String html) {
		return Jsoup.parse("<table><tbody>" + html + "</tbody></table>");
	}

	@SuppressWarnings("unchecked")
	private static PairComparison show(CompareOutcome<PairComparison> outcome) {
		assertThat(outcome).isInstanceOf(Show.class);
		return ((Show<PairComparison>) outcome).page();
	}

}
