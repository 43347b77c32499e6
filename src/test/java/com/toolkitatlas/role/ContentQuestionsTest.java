package com.toolkitatlas.role;

import java.util.List;

import com.toolkitatlas.catalogue.Catalogue;
import com.toolkitatlas.catalogue.ListTopic;
import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.catalogue.SalaryFigure;
import com.toolkitatlas.catalogue.Source;
import com.toolkitatlas.salary.Measure;
import com.toolkitatlas.salary.OccupationFigure;
import com.toolkitatlas.salary.Occupations;
import com.toolkitatlas.salary.RoleOccupation;
import com.toolkitatlas.salary.SharedOccupation;
import com.toolkitatlas.support.Page;
import com.toolkitatlas.support.Site;
import com.toolkitatlas.support.WebTest;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a careful reader asked of the pages, answered as the fact sheet settles it: each
 * figure cites the page that gives it, a pay figure of unstated basis is not shown as a
 * base salary, a list no source supports cites no source, roles that share an occupation
 * say so, and every headline figure that is a proxy says so on the home page's cards.
 */
@WebTest
class ContentQuestionsTest {

	@Autowired
	Site site;

	@Autowired
	Catalogue catalogue;

	@Autowired
	Occupations occupations;

	@Test
	void theOpeningsOfResearchScientistsCiteTheirOwnOccupationsPage() {
		Role ai = catalogue.role("ai-engineer").orElseThrow();
		OccupationFigure openings = occupations.main(ai).occupation().figure(Measure.OPENINGS).orElseThrow();
		Source cited = openings.source();

		assertThat(cited.url()).endsWith("role-" + occupations.main(ai).occupation().socCode() + "-00");
		Element cell = site.get("/roles/ai-engineer").document().selectFirst("#outlook tbody tr");
		assertThat(cell.text()).contains(openings.display(), openings.period().label());
		assertThat(cell.select("a[href=/sources#" + cited.code() + "]")).isNotEmpty();
		Element row = site.get("/sources").document().getElementById(cited.code());
		assertThat(row.text()).contains(cited.title());
	}

	@Test
	void theLevelsFyiFigureIsNotShownAsABaseSalaryAndSaysItsBasisIsNotStated() {
		Role ai = catalogue.role("ai-engineer").orElseThrow();
		SalaryFigure levels = ai.salaries()
			.stream()
			.filter(figure -> figure.label().contains("Levels.fyi"))
			.findFirst()
			.orElseThrow();
		Page page = site.get("/roles/ai-engineer");

		Element row = page.document()
			.select("#pay .pay-picture tbody tr")
			.stream()
			.filter(tr -> tr.text().contains(levels.summary()))
			.findFirst()
			.orElseThrow();
		assertThat(row.text()).contains("whether base salary or total compensation is not stated")
			.doesNotContainIgnoringCase("base salary range");
		assertThat(page.section("pay")).contains(levels.note()).contains(ai.headlineSalary().note());
		assertThat(levels.basis().label()).doesNotContainIgnoringCase("base");
	}

	@Test
	void aCareerLadderNoSourceDescribesIsNotShownAndNothingIsCitedForIt() {
		Role ai = catalogue.role("ai-engineer").orElseThrow();
		Page page = site.get("/roles/ai-engineer");

		assertThat(ai.careerSteps()).isEmpty();
		Element career = page.document().getElementById("career");
		assertThat(career.select(".ladder, sup.cite")).isEmpty();
		assertThat(career.text()).contains(ai.note(ListTopic.CAREER_PROGRESSION)).contains("No source");
		assertThat(site.get("/sources").text()).doesNotContain("MentorCruise");
	}

	@Test
	void rolesThatShareAnOccupationSayItOnEachProfileAndInTheirComparison() {
		List<Role> sharing = catalogue.roles()
			.stream()
			.filter(role -> !occupations.sharedBy(role, catalogue.roles()).isEmpty())
			.toList();
		assertThat(sharing).as("backend and devops share software developers")
			.extracting(Role::slug)
			.contains("backend-engineer", "devops-engineer");

		for (Role role : sharing) {
			String occupation = site.get("/roles/" + role.slug()).section("pay");
			for (SharedOccupation shared : occupations.sharedBy(role, catalogue.roles())) {
				assertThat(occupation).as(role.slug())
					.contains(shared.occupation().codeAndTitle() + " also stands for the " + shared.names())
					.contains("not a separate one of each role");
			}
		}
		Role backend = catalogue.role("backend-engineer").orElseThrow();
		Role devops = catalogue.role("devops-engineer").orElseThrow();
		String pair = site.get(catalogue.pair(backend, devops).orElseThrow().path()).text();
		assertThat(pair).contains(
				"Backend Engineer and DevOps Engineer share " + occupations.main(backend).occupation().codeAndTitle(),
				"one and the same measurement");
		Role dataScientist = catalogue.role("data-scientist").orElseThrow();
		assertThat(site.get(catalogue.pair(backend, dataScientist).orElseThrow().path()).text())
			.doesNotContain("one and the same measurement");
	}

	@Test
	void everyHomeCardWhoseHeadlineFigureIsAProxySaysSoAndNoOtherDoes() {
		List<Element> cards = site.get("/").document().select(".role-card");

		assertThat(cards).hasSameSizeAs(catalogue.roles());
		long proxies = 0;
		for (int i = 0; i < cards.size(); i++) {
			Role role = catalogue.roles().get(i);
			boolean proxy = occupations.measuredBy(role, role.headlineSalary())
				.map(RoleOccupation::proxy)
				.orElse(false);
			proxies += proxy ? 1 : 0;
			assertThat(cards.get(i).select(".occupation__status--proxy").eachText()).as(role.slug())
				.isEqualTo(proxy ? List.of("proxy") : List.of());
		}
		assertThat(proxies).as("at least one headline figure is a proxy").isPositive();
	}

	@Test
	void everyProfileSummarySaysProxyExactlyWhereItsHeadlineFigureIsOne() {
		for (Role role : catalogue.roles()) {
			Element pay = site.get("/roles/" + role.slug())
				.document()
				.selectFirst(".answer__facts dt:containsOwn(Pay) + dd");
			assertThat(pay).as(role.slug()).isNotNull();
			assertThat(pay.text()).as(role.slug()).contains(role.headlineSalary().summary());
			assertThat(pay.select(".occupation__status--proxy").isEmpty()).as(role.slug())
				.isEqualTo(!role.headlineSalary().proxy());
		}
	}

}
