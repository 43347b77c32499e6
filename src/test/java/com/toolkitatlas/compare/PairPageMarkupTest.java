package com.toolkitatlas.compare;

import java.util.List;

import com.toolkitatlas.catalogue.Catalogue;
import com.toolkitatlas.catalogue.CatalogueFixture;
import com.toolkitatlas.catalogue.Citations;
import com.toolkitatlas.catalogue.ComparisonSection;
import com.toolkitatlas.catalogue.Items.UseCase;
import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.catalogue.RolePair;
import com.toolkitatlas.catalogue.SalaryFigure;
import com.toolkitatlas.catalogue.Skill;
import com.toolkitatlas.catalogue.Tool;
import com.toolkitatlas.compare.CompareOutcome.Show;
import com.toolkitatlas.html.Markup;
import com.toolkitatlas.salary.JobOutlook;
import com.toolkitatlas.salary.OccupationsFixture;
import com.toolkitatlas.salary.SalaryCharts;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static com.toolkitatlas.catalogue.CatalogueFixture.ML;
import static com.toolkitatlas.catalogue.CatalogueFixture.RESEARCH;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The blocks of a pair page its view model writes itself (the short answer's roles and
 * choice, the overlap's bar and groups, the contents, the use cases, the deliverables,
 * the other comparisons), as a browser reads them, against the fixture catalogue: the ML
 * engineer's occupation has a projection, the research scientist's none.
 */
class PairPageMarkupTest {

	private final Catalogue catalogue = CatalogueFixture.catalogue();

	private final PairComparison pair = show(
			new ComparisonService(catalogue, new SalaryCharts(), OccupationsFixture.occupations())
				.pair("ml-engineer-vs-research-scientist"));

	@Test
	void theAnswerGivesEachRolesFactsPayAndOutlookWithTheirFootnotesOrThatNoProjectionWasFound() {
		Citations citations = pair.citations();

		Document answer = Jsoup.parseBodyFragment(pair.answerRolesMarkup(citations));

		assertThat(answer.select("body > section.answer__role")).hasSize(2);
		for (Role role : List.of(ML, RESEARCH)) {
			Element section = answer.selectFirst("section[aria-labelledby=answer-" + role.slug() + "]");
			assertThat(section.selectFirst("h3").id()).isEqualTo("answer-" + role.slug());
			assertThat(section.selectFirst("h3 > a").attr("href")).isEqualTo("/roles/" + role.slug());
			assertThat(section.selectFirst("h3 > a").text()).isEqualTo(role.name());
			assertThat(fact(section, "Focus").text()).isEqualTo(role.primaryFocus());
			assertThat(fact(section, "Builds").text()).isEqualTo(role.typicalDeliverable());
			assertThat(fact(section, "Core tools").select("a").eachText())
				.containsExactlyElementsOf(role.coreTools().stream().map(link -> link.tool().name()).toList());
			SalaryFigure pay = role.headlineSalary();
			Element payFact = fact(section, "Pay");
			assertThat(payFact.selectFirst("strong").text()).isEqualTo(pay.summary());
			assertThat(payFact.selectFirst("sup.cite > a").attr("href")).isEqualTo("#cite-" + pay.source().code());
			assertThat(payFact.selectFirst("sup.cite > a").text())
				.isEqualTo(Integer.toString(citations.number(pay.source())));
			assertThat(payFact.selectFirst(".answer__basis").text())
				.isEqualTo(pay.basis().label() + ", " + pay.region() + ", " + pay.period());
			assertThat(payFact.select(".occupation__status--proxy").isEmpty()).isEqualTo(!pay.proxy());
		}
		JobOutlook known = pair.outlook(ML);
		Element mlOutlook = fact(answer.selectFirst("section[aria-labelledby=answer-ml-engineer]"), "Outlook");
		assertThat(mlOutlook.selectFirst("strong").text()).isEqualTo(known.growth().display() + " jobs");
		assertThat(mlOutlook.selectFirst("sup.cite > a").attr("href")).isEqualTo("#cite-" + known.source().code());
		assertThat(mlOutlook.selectFirst(".answer__basis").text()).isEqualTo("Projected growth, US, " + known.window()
				+ ", " + known.mapping().occupation().codeAndTitle() + " " + known.mapping().status());
		assertThat(mlOutlook.selectFirst(".occupation__status").hasClass("occupation__status--proxy"))
			.isEqualTo(known.proxy());
		JobOutlook unknown = pair.outlook(RESEARCH);
		Element researchOutlook = fact(answer.selectFirst("section[aria-labelledby=answer-research-scientist]"),
				"Outlook");
		assertThat(unknown.known()).isFalse();
		assertThat(researchOutlook.text()).isEqualTo("No projection found "
				+ unknown.mapping().occupation().codeAndTitle() + " " + unknown.mapping().status());
		assertThat(researchOutlook.select("sup.cite, strong")).isEmpty();
		assertThat(researchOutlook.selectFirst(".occupation__status").hasClass("occupation__status--proxy"))
			.isEqualTo(unknown.proxy());
		assertThat(known.proxy()).isNotEqualTo(unknown.proxy());
	}

	@Test
	void theChoiceSaysWhenToChooseEachRoleLinkedToItsProfileAndHowToTell() {
		Document choose = Jsoup.parseBodyFragment(pair.chooseMarkup());

		List<Element> options = choose.select("body > div.choose__option");
		assertThat(options).hasSize(2);
		for (int i = 0; i < 2; i++) {
			Role role = pair.roles().get(i);
			Element option = options.get(i);
			assertThat(option.selectFirst("p.choose__if").text())
				.isEqualTo("Choose " + role.name() + " if " + role.chooseIf() + ".");
			assertThat(option.selectFirst("p.choose__if a").attr("href")).isEqualTo("/roles/" + role.slug());
			assertThat(option.select("p").get(1).text()).isEqualTo(role.pickAdvice());
		}
	}

	@Test
	void theOverlapBarsKeyCountsEachGroupAndLinksToItAndTheGroupsListTheirSkillsAndToolsOrNone() {
		OverlapBar bar = pair.overlapBar();

		Element figure = Jsoup.parseBodyFragment(bar.figureMarkup(ML.shortName(), RESEARCH.shortName()))
			.selectFirst("figure.overlap-bar");

		assertThat(figure.selectFirst("figcaption").text())
			.isEqualTo("The " + bar.either() + " skills and tools of either role, by who uses them");
		assertThat(figure.select("ul.overlap-bar__key a").eachText()).containsExactly(
				"Only " + ML.shortName() + ": " + bar.onlyFirst(), "Both: " + bar.shared(),
				"Only " + RESEARCH.shortName() + ": " + bar.onlySecond());
		assertThat(figure.select("ul.overlap-bar__key a").eachAttr("href")).containsExactly("#overlap-first",
				"#overlap-both", "#overlap-second");
		assertThat(figure.selectFirst("svg[aria-hidden=true] rect.overlap-bar__first").attr("width"))
			.isEqualTo(String.valueOf(bar.sharedStart()));
		assertThat(figure.selectFirst("rect.overlap-bar__shared").attr("x"))
			.isEqualTo(String.valueOf(bar.sharedStart()));
		assertThat(figure.selectFirst("rect.overlap-bar__shared").attr("width"))
			.isEqualTo(String.valueOf(bar.sharedWidth()));
		assertThat(figure.selectFirst("rect.overlap-bar__second").attr("x"))
			.isEqualTo(String.valueOf(bar.secondStart()));
		assertThat(figure.selectFirst("rect.overlap-bar__second").attr("width"))
			.isEqualTo(String.valueOf(bar.secondWidth()));

		Document groups = Jsoup.parseBodyFragment(pair.writeOverlapGroups(new Markup()).toString());

		assertThat(groups.select("body > section.overlap__group > h3").eachText()).containsExactly("In both toolkits",
				"Only " + ML.shortName(), "Only " + RESEARCH.shortName());
		assertGroup(groups, "overlap-both", pair.overlap().sharedSkills(), pair.overlap().sharedTools());
		assertGroup(groups, "overlap-first", pair.overlap().onlyFirstSkills(), pair.overlap().onlyFirstTools());
		assertGroup(groups, "overlap-second", pair.overlap().onlySecondSkills(), pair.overlap().onlySecondTools());
	}

	@Test
	void theContentsLinkEverySectionInOrderAndTheOtherComparisonsOfEachRoleAreListed() {
		Document contents = Jsoup.parseBodyFragment("<ul>" + pair.sectionLinksMarkup() + "</ul>");

		assertThat(contents.select("ul > li > a").eachText()).containsExactlyElementsOf(
				List.of(ComparisonSection.values()).stream().map(ComparisonSection::heading).toList());
		assertThat(contents.select("ul > li > a").eachAttr("href"))
			.containsExactlyElementsOf(List.of(ComparisonSection.values()).stream().map(s -> "#" + s.id()).toList());
		for (Role role : pair.roles()) {
			List<RolePair> others = catalogue.pairsOf(role)
				.stream()
				.filter(other -> !other.equals(pair.pair()))
				.toList();
			Document links = Jsoup.parseBodyFragment("<ul>" + pair.otherPairsMarkup(role) + "</ul>");

			assertThat(links.select("ul > li > a").eachAttr("href"))
				.containsExactlyElementsOf(others.stream().map(RolePair::path).toList());
			assertThat(links.select("ul > li > a").eachText()).containsExactlyElementsOf(
					others.stream().map(other -> role.shortName() + " vs " + other.other(role).shortName()).toList());
			assertThat(others).isNotEmpty();
		}
	}

	@Test
	void theLastSectionLeadsToEachRolesAlternativesToSeveralRolesAndToEachRolesOtherComparisons() {
		Element more = Jsoup.parseBodyFragment(pair.moreComparisonsMarkup()).getElementById("more");

		assertThat(more.selectFirst("h2").text()).isEqualTo("More comparisons");
		assertThat(more.selectFirst("p").select("a").eachAttr("href"))
			.containsExactly("/roles/ml-engineer/alternatives", "/roles/research-scientist/alternatives", "/compare");
		assertThat(more.selectFirst("p").text())
			.isEqualTo("Looking further? See the ranked alternatives to " + ML.shortName() + " and the alternatives to "
					+ RESEARCH.shortName() + ", or compare up to " + pair.roleCount() + " roles at once.");
		assertThat(more.select("h3").eachText()).containsExactly(ML.shortName() + " against the others",
				RESEARCH.shortName() + " against the others");
		List<Element> lists = more.select(".compare-columns ul.link-list");
		assertThat(lists).hasSize(2);
		for (int i = 0; i < 2; i++) {
			Role role = pair.roles().get(i);
			List<RolePair> others = catalogue.pairsOf(role)
				.stream()
				.filter(other -> !other.equals(pair.pair()))
				.toList();
			assertThat(others).isNotEmpty();
			assertThat(lists.get(i).select("li > a").eachAttr("href"))
				.containsExactlyElementsOf(others.stream().map(RolePair::path).toList());
		}
	}

	@Test
	void eachRolesUseCasesAndDeliverableComeUnderItsNameLinkedToItsProfile() {
		Document useCases = Jsoup.parseBodyFragment("<dl>" + pair.writeUseCases(new Markup()).toString() + "</dl>");
		Document deliverables = Jsoup
			.parseBodyFragment("<dl>" + pair.writeDeliverables(new Markup()).toString() + "</dl>");

		for (Document columns : List.of(useCases, deliverables)) {
			assertThat(columns.select("body > dl > div > dt > a").eachText()).containsExactly(ML.shortName(),
					RESEARCH.shortName());
			assertThat(columns.select("body > dl > div > dt > a").eachAttr("href"))
				.containsExactly("/roles/" + ML.slug(), "/roles/" + RESEARCH.slug());
		}
		assertThat(deliverables.select("body > dl > div > dd").eachText()).containsExactly(ML.typicalDeliverable(),
				RESEARCH.typicalDeliverable());
		for (int i = 0; i < 2; i++) {
			Role role = pair.roles().get(i);
			Element list = useCases.select("body > dl > div > dd > dl.use-cases").get(i);
			assertThat(list.select("dl > div > dt").eachText())
				.containsExactlyElementsOf(role.useCases().stream().map(UseCase::title).toList());
			assertThat(list.select("dl > div > dd").eachText()).containsExactlyElementsOf(
					role.useCases().stream().map(UseCase::example).filter(example -> example != null).toList());
		}
		assertThat(ML.useCases()).anyMatch(useCase -> useCase.example() != null);
		assertThat(RESEARCH.useCases()).anyMatch(useCase -> useCase.example() == null);
	}

	private static void assertGroup(Document groups, String id, List<Skill> skills, List<Tool> tools) {
		Element group = groups.selectFirst("section.overlap__group[aria-labelledby=" + id + "]");
		assertThat(group.selectFirst("h3").id()).isEqualTo(id);
		Element skillList = group.select("dl.overlap__lists > div > dd").get(0);
		Element toolList = group.select("dl.overlap__lists > div > dd").get(1);
		assertThat(skillList.text())
			.isEqualTo(skills.isEmpty() ? "None" : String.join(" ", skills.stream().map(Skill::name).toList()));
		assertThat(skillList.select("ul.tags > li > a").eachAttr("href"))
			.containsExactlyElementsOf(skills.stream().map(skill -> "/skills/" + skill.slug()).toList());
		assertThat(toolList.text())
			.isEqualTo(tools.isEmpty() ? "None" : String.join(" ", tools.stream().map(Tool::name).toList()));
		assertThat(toolList.select("ul.tags > li > a").eachAttr("href"))
			.containsExactlyElementsOf(tools.stream().map(tool -> "/tools/" + tool.slug()).toList());
	}

	private static Element fact(Element section, String term) {
		return section.selectFirst("dl.answer__facts > div:has(> dt:containsOwn(" + term + ")) > dd");
	}

	private static PairComparison show(CompareOutcome<PairComparison> outcome) {
		return ((Show<PairComparison>) outcome).page();
	}

}
