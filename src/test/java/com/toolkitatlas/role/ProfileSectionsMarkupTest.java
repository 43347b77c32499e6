package com.toolkitatlas.role;

import java.util.ArrayList;
import java.util.List;

import com.toolkitatlas.catalogue.Catalogue;
import com.toolkitatlas.catalogue.Items;
import com.toolkitatlas.catalogue.ListTopic;
import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.catalogue.RolePair;
import com.toolkitatlas.catalogue.SalaryFigure;
import com.toolkitatlas.salary.Occupations;
import com.toolkitatlas.salary.PayPicture;
import com.toolkitatlas.salary.RoleOccupation;
import com.toolkitatlas.salary.SalaryChart;
import com.toolkitatlas.salary.SharedOccupation;
import com.toolkitatlas.support.Site;
import com.toolkitatlas.support.WebTest;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The profile's sections its view models write ({@link PaySection}, {@link PairLinks},
 * the use cases, facts and career ladder of {@link RoleProfile}), read from every role's
 * rendered page as a browser and a screen reader read them, against the catalogue.
 */
@WebTest
class ProfileSectionsMarkupTest {

	@Autowired
	Site site;

	@Autowired
	Catalogue catalogue;

	@Autowired
	Occupations occupations;

	@Autowired
	RoleService roles;

	@Test
	void theHeadlineFigureSaysItsBasisAndForAProxyWhatItMeasuresInstead() {
		for (Role role : catalogue.roles()) {
			SalaryFigure pay = role.headlineSalary();
			Element headline = page(role).selectFirst("#pay > p.pay-headline");

			assertThat(headline.selectFirst("strong").text()).isEqualTo(pay.display());
			assertThat(headline.text())
				.contains(pay.basis().label().toLowerCase() + ", " + pay.region() + ", " + pay.period() + ".");
			assertThat(headline.select(".occupation__status--proxy").eachText())
				.isEqualTo(pay.proxy() ? List.of("Proxy") : List.of());
			assertThat(headline.text()
				.contains("It measures another occupation (" + pay.label() + "), not " + role.name() + "s themselves."))
				.as(role.slug())
				.isEqualTo(pay.proxy());
		}
		assertThat(catalogue.roles()).anyMatch(role -> role.headlineSalary().proxy())
			.anyMatch(role -> !role.headlineSalary().proxy());
	}

	@Test
	void eachOfficialOccupationIsNamedWithItsStatusReasonAndConfidenceAndSharedOnesSaySo() {
		for (Role role : catalogue.roles()) {
			Document page = page(role);
			List<RoleOccupation> mappings = occupations.of(role);
			Elements entries = page.select("#pay > dl.occupations > div");

			assertThat(entries.eachText()).as(role.slug()).hasSameSizeAs(mappings);
			for (int i = 0; i < mappings.size(); i++) {
				RoleOccupation mapping = mappings.get(i);
				Element entry = entries.get(i);
				assertThat(entry.selectFirst("dt > .occupation__code").text())
					.isEqualTo(mapping.occupation().codeAndTitle());
				Element status = entry.selectFirst("dt > .occupation__status");
				assertThat(status.text()).isEqualTo(mapping.proxy() ? "Proxy" : "Own occupation");
				assertThat(status.hasClass("occupation__status--proxy")).isEqualTo(mapping.proxy());
				assertThat(entry.selectFirst("dd").ownText()).isEqualTo(mapping.reason());
				assertThat(entry.selectFirst("dd > .muted").text())
					.isEqualTo("Mapping confidence " + mapping.confidence() + ".");
			}
			assertThat(page.select("#pay > p.note").eachText()).containsExactlyElementsOf(
					occupations.sharedBy(role, catalogue.roles()).stream().map(SharedOccupation::onProfile).toList());
		}
		assertThat(catalogue.roles()).anyMatch(role -> !occupations.sharedBy(role, catalogue.roles()).isEmpty());
	}

	@Test
	void thePictureIsCaptionedWithItsScaleAndTheNotesAndGlobalFiguresFollowIt() {
		for (Role role : catalogue.roles()) {
			Document page = page(role);
			Element picture = page.selectFirst("#pay > figure.salary-chart.pay-picture");

			assertThat(picture.selectFirst("figcaption").text()).isEqualTo(
					"Pay of " + role.name() + ": official distribution and other US figures, US dollars per year");
			assertThat(picture.select("thead th").eachText().get(0)).isEqualTo("Figure");
			PayPicture scale = roles.profile(role.slug()).paySection().picture();
			assertThat(picture.selectFirst("thead .salary-chart__axis .visually-hidden").text())
				.isEqualTo("Drawn on a scale from $0 to $" + scale.maxUsd() / 1000 + "k");
			assertThat(picture.select("thead svg > rect.salary-chart__tick").eachAttr("x")).containsExactlyElementsOf(
					scale.ticks().stream().map(tick -> String.valueOf(tick.position())).toList());
			assertThat(picture.select("thead .salary-chart__tick-labels > span").eachText())
				.containsExactlyElementsOf(scale.labelledTicks().stream().map(SalaryChart.Tick::label).toList());
			assertThat(picture.select("tbody > tr.pay-picture__distribution")).hasSize(scale.distributions().size());

			boolean proxy = role.headlineSalary().proxy();
			List<String> notes = new ArrayList<>();
			for (SalaryFigure figure : role.salaries()) {
				if (figure.note() != null && !(figure.headline() && proxy)) {
					notes.add(figure.label() + ": " + figure.note());
				}
			}
			String salaryNote = role.note(ListTopic.SALARY);
			if (salaryNote != null) {
				notes.add(salaryNote);
			}
			assertThat(page.select("#pay > ul.notes > li").eachText()).as(role.slug()).containsExactlyElementsOf(notes);

			List<SalaryFigure> global = role.salaries().stream().filter(SalaryFigure::global).toList();
			Elements globalFigures = page.select("#pay > section.pay-global > ul.notes > li");
			assertThat(globalFigures.eachText()).as(role.slug()).hasSameSizeAs(global);
			for (int i = 0; i < global.size(); i++) {
				SalaryFigure figure = global.get(i);
				assertThat(globalFigures.get(i).text()).startsWith(
						figure.summary() + ", " + figure.region() + ", " + figure.period() + ": " + figure.label());
				assertThat(globalFigures.get(i).selectFirst(".source-ref a").attr("href"))
					.isEqualTo("/sources#" + figure.source().code());
			}
		}
		assertThat(catalogue.roles()).anyMatch(role -> role.salaries().stream().anyMatch(SalaryFigure::global))
			.anyMatch(role -> role.salaries().stream().noneMatch(SalaryFigure::global));
	}

	@Test
	void theOutlookHasARowPerOccupationWithItsStatusAndWindow() {
		for (Role role : catalogue.roles()) {
			List<RoleOccupation> mappings = occupations.of(role);
			Elements rows = page(role).select("#outlook table.outlook > tbody > tr");

			assertThat(rows.eachText()).as(role.slug()).hasSameSizeAs(mappings);
			for (int i = 0; i < mappings.size(); i++) {
				RoleOccupation mapping = mappings.get(i);
				String window = mapping.occupation().outlookWindow();
				Element row = rows.get(i);
				assertThat(row.selectFirst("th[scope=row]").text()).isEqualTo(
						mapping.occupation().codeAndTitle() + " " + (mapping.proxy() ? "Proxy" : "Own occupation"));
				assertThat(row.select("td").last().text()).isEqualTo(window != null ? window : "no projection found");
				assertThat(row.select("td")).hasSize(1 + mapping.occupation().outlookCells().size());
			}
		}
	}

	@Test
	void useCasesFactsAndTheCareerLadderComeAsTheCatalogueHoldsThem() {
		for (Role role : catalogue.roles()) {
			Document page = page(role);

			assertThat(page.select("#use-cases > dl.use-cases > div > dt").eachText())
				.containsExactlyElementsOf(role.useCases().stream().map(Items.UseCase::title).toList());
			assertThat(page.select("#use-cases > dl.use-cases > div > dd").eachText()).containsExactlyElementsOf(
					role.useCases().stream().map(Items.UseCase::example).filter(example -> example != null).toList());

			Elements facts = page.select("#demand > ul.facts-list > li");
			assertThat(facts.eachText()).as(role.slug()).hasSameSizeAs(role.facts());
			for (int i = 0; i < role.facts().size(); i++) {
				Items.Fact fact = role.facts().get(i);
				assertThat(facts.get(i).ownText()).isEqualTo(fact.text());
				Element marker = facts.get(i).selectFirst("sup.cite > a");
				assertThat(marker.attr("href")).isEqualTo("#cite-" + fact.source().code());
				assertThat(marker.attr("aria-label")).endsWith(": " + fact.source().title());
				assertThat(page.getElementById("cite-" + fact.source().code())).isNotNull();
			}

			List<Items.CareerRung> ladder = role.careerLadder();
			Elements rungs = page.select("#career > ol.ladder > li.ladder__rung");
			assertThat(rungs.eachText()).as(role.slug()).hasSameSizeAs(ladder);
			for (int i = 0; i < ladder.size(); i++) {
				Items.CareerRung rung = ladder.get(i);
				Element drawn = rungs.get(i);
				assertThat(drawn.select("ul.ladder__steps > li.ladder__step").eachText())
					.containsExactlyElementsOf(rung.steps().stream().map(Items.CareerStep::title).toList());
				assertThat(drawn.hasClass("ladder__rung--split")).isEqualTo(rung.split());
				assertThat(drawn.select("> .ladder__fork").eachText()).isEqualTo(
						rung.split() ? List.of("After " + rung.from().title() + ", the road splits:") : List.of());
			}
		}
		assertThat(catalogue.roles()).anyMatch(role -> role.careerLadder().stream().anyMatch(Items.CareerRung::split))
			.anyMatch(role -> !role.facts().isEmpty());
	}

	@Test
	void theRoleLinksToEachComparisonTicksItselfInThePickerAndLinksTheSwitchesBothWays() {
		for (Role role : catalogue.roles()) {
			Document page = page(role);
			List<RolePair> pairs = catalogue.pairsOf(role);
			List<Role> others = pairs.stream().map(pair -> pair.other(role)).toList();

			Elements comparisons = page.select("#compare > ul.link-list > li > a");
			assertThat(comparisons.eachAttr("href"))
				.containsExactlyElementsOf(pairs.stream().map(RolePair::path).toList());
			assertThat(comparisons.eachText()).containsExactlyElementsOf(
					others.stream().map(other -> role.shortName() + " vs " + other.shortName()).toList());

			Elements options = page.select("#compare form.picker[action=/compare] input[type=checkbox][name=roles]");
			assertThat(options.eachAttr("value"))
				.containsExactlyElementsOf(catalogue.roles().stream().map(Role::slug).toList());
			assertThat(page.select("#compare form.picker input[checked]").eachAttr("value"))
				.containsExactly(role.slug());
			for (Role option : catalogue.roles()) {
				assertThat(page.selectFirst("#compare label[for=compare-role-" + option.slug() + "]").text())
					.isEqualTo(option.name());
				assertThat(page.getElementById("compare-role-" + option.slug()).attr("value")).isEqualTo(option.slug());
			}

			Elements lists = page.select("#switch .switch-lists > ul.link-list");
			assertThat(lists).hasSize(2);
			assertThat(lists.get(0).select("a").eachAttr("href")).containsExactlyElementsOf(
					others.stream().map(other -> "/switch/" + role.slug() + "-to-" + other.slug()).toList());
			assertThat(lists.get(0).select("a").eachText()).containsExactlyElementsOf(
					others.stream().map(other -> "From " + role.shortName() + " to " + other.shortName()).toList());
			assertThat(lists.get(1).select("a").eachAttr("href")).containsExactlyElementsOf(
					others.stream().map(other -> "/switch/" + other.slug() + "-to-" + role.slug()).toList());
			assertThat(lists.get(1).select("a").eachText()).containsExactlyElementsOf(
					others.stream().map(other -> "From " + other.shortName() + " to " + role.shortName()).toList());
			assertThat(others).isNotEmpty();
		}
	}

	private Document page(Role role) {
		return site.get("/roles/" + role.slug()).document();
	}

}
