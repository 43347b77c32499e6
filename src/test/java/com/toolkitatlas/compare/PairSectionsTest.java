package com.toolkitatlas.compare;

import java.util.List;

import com.toolkitatlas.catalogue.Catalogue;
import com.toolkitatlas.catalogue.CatalogueFixture;
import com.toolkitatlas.catalogue.Citations;
import com.toolkitatlas.catalogue.ComparisonSection;
import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.catalogue.RolePair;
import com.toolkitatlas.catalogue.Topic;
import com.toolkitatlas.compare.CompareOutcome.Show;
import com.toolkitatlas.salary.OccupationsFixture;
import com.toolkitatlas.salary.SalaryCharts;
import com.toolkitatlas.web.English;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static com.toolkitatlas.catalogue.CatalogueFixture.ML;
import static com.toolkitatlas.catalogue.CatalogueFixture.BACKEND;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sections of a pair page as its view model writes them ({@link PairSections}), read
 * as a browser reads them, against the fixture catalogue.
 */
class PairSectionsTest {

	private final Catalogue catalogue = CatalogueFixture.catalogue();

	private final PairComparison pair = ((Show<PairComparison>) new ComparisonService(catalogue, new SalaryCharts(),
			OccupationsFixture.occupations())
		.pair("ml-engineer-vs-backend-engineer")).page();

	private final Citations citations = pair.citations();

	private final Document page = Jsoup.parseBodyFragment(pair.sectionsMarkup(citations));

	@Test
	void everySectionComesInOrderUnderItsHeadingWithItsTopicsAndThePairsNotes() {
		List<Element> sections = page.select("body > section");

		assertThat(sections).extracting(Element::id)
			.containsExactlyElementsOf(
					List.of(ComparisonSection.values()).stream().map(ComparisonSection::id).toList());
		for (ComparisonSection section : ComparisonSection.values()) {
			Element element = page.getElementById(section.id());
			Element heading = element.selectFirst("h2");
			assertThat(element.attr("aria-labelledby")).isEqualTo(heading.id());
			assertThat(heading.text()).isEqualTo(section.heading());
			List<RolePair.Note> notes = pair.pair().notes(section);
			assertThat(element.select("p.pair-note")).extracting(Element::ownText)
				.containsExactlyElementsOf(notes.stream().map(RolePair.Note::body).toList());
			assertThat(element.select("p.pair-note > sup.cite > a").eachAttr("href"))
				.containsExactlyElementsOf(notes.stream()
					.filter(note -> note.source() != null)
					.map(note -> "#cite-" + note.source().code())
					.toList());
			for (Topic topic : section.topics()) {
				for (Role role : pair.roles()) {
					assertThat(element.text()).contains(role.text(topic));
				}
			}
		}
		assertThat(pair.pair().notes()).isNotEmpty();
	}

	@Test
	void theTableAtAGlanceHasACaptionAndAColumnPerRoleHeadedByItsProfile() {
		Element region = page.selectFirst("#at-a-glance > div.table-scroll[role=region]");
		String caption = ML.shortName() + " and " + BACKEND.shortName() + " at a glance";

		assertThat(region.attr("aria-label")).isEqualTo(caption);
		assertThat(region.selectFirst("table.glance.glance--2 > caption").text()).isEqualTo(caption);
		assertThat(region.select("thead th[scope=col] > a").eachText()).containsExactly(ML.name(), BACKEND.name());
		assertThat(region.select("thead th[scope=col] > a").eachAttr("href")).containsExactly("/roles/" + ML.slug(),
				"/roles/" + BACKEND.slug());
		assertThat(region.select("tbody > tr > th[scope=rowgroup]").eachText())
			.containsExactlyElementsOf(pair.glance().stream().map(GlanceRow::label).toList());
	}

	@Test
	void theCostSaysWhetherThePayFiguresCompareAndGivesEachRolesCaveat() {
		Element cost = page.getElementById("cost");
		SalaryComparison salary = pair.salary();

		if (salary.comparable()) {
			assertThat(cost.selectFirst("p.salary-match").text()).contains(ML.headlineSalary().region());
			assertThat(cost.select(".salary-warning")).isEmpty();
		}
		else {
			assertThat(cost.selectFirst(".salary-warning span").text()).isEqualTo(salary.warning());
			assertThat(cost.select("p.salary-match")).isEmpty();
		}
		assertThat(cost.select("#cost > figure.salary-chart > figcaption").eachText()).containsExactly(
				"Headline pay figure of each role, US dollars per year",
				"Every pay figure the catalogue holds for either role, US dollars per year");
		assertThat(cost.select("section.pay-comparison")).hasSize(1);
		assertThat(cost.select("ul.notes > li").eachText()).containsExactlyElementsOf(
				pair.salaryNotes().stream().map(note -> note.role().shortName() + ": " + note.text()).toList());
		assertThat(cost.select("table.tool-costs")).hasSize(2);
	}

	@Test
	void theOverlapStatesTheSimilarityAndTheVerdictHowCloseThePairIsAmongTheOthers() {
		Element overlap = page.getElementById("overlap");
		Similarity similarity = pair.similarity();

		assertThat(overlap.selectFirst("p.similarity > strong").text()).isEqualTo(similarity.percent() + "% similar");
		assertThat(overlap.selectFirst("p.similarity > span").text()).isEqualTo(similarity.shared() + " of the "
				+ similarity.either() + " skills and tools that either role uses are used by both.");
		assertThat(overlap.select("figure.overlap-bar")).hasSize(1);
		assertThat(overlap.select("div.overlap > section.overlap__group")).hasSize(3);

		Element verdict = page.getElementById("verdict");
		assertThat(verdict.select("p").eachText()).contains(pair.closeness());
		assertThat(verdict.select("p").last().text())
			.contains("ranks all " + English.number(catalogue.roles().size()) + " roles");
	}

	@Test
	void whenToHireGivesWhatAHireOfEachRoleDelivers() {
		Element hire = page.getElementById("when-to-hire");

		assertThat(hire.select("dl.compare-columns > div > dd").eachText()).containsExactly(ML.text(Topic.WHEN_TO_HIRE),
				BACKEND.text(Topic.WHEN_TO_HIRE), ML.typicalDeliverable(), BACKEND.typicalDeliverable());
		assertThat(page.getElementById("use-cases").select("dl.use-cases")).hasSize(2);
	}

}
