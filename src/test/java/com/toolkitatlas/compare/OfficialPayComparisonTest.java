package com.toolkitatlas.compare;

import java.util.List;

import com.toolkitatlas.catalogue.Catalogue;
import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.catalogue.RolePair;
import com.toolkitatlas.salary.Occupation;
import com.toolkitatlas.salary.OccupationFigure;
import com.toolkitatlas.salary.Occupations;
import com.toolkitatlas.salary.RoleOccupation;
import com.toolkitatlas.support.Page;
import com.toolkitatlas.support.Site;
import com.toolkitatlas.support.WebTest;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pair and several-role comparisons show each role's official distribution side by side
 * on one scale, and an outlook row per role with its window.
 */
@WebTest
class OfficialPayComparisonTest {

	@Autowired
	Site site;

	@Autowired
	Catalogue catalogue;

	@Autowired
	Occupations occupations;

	@Test
	void everyPairPageShowsBothDistributionsAndBothOutlookRows() {
		for (RolePair pair : catalogue.pairs()) {
			Page page = site.get(pair.path());
			assertSideBySide(page, List.of(pair.first(), pair.second()));
		}
	}

	@Test
	void everyPairSummaryGivesEachRolesGrowthWithItsWindowOccupationAndProxyMarkAndCitesIt() {
		for (RolePair pair : catalogue.pairs()) {
			Page page = site.get(pair.path());
			List<Element> summaries = page.document().select("#answer .answer__role");
			List<Role> roles = List.of(pair.first(), pair.second());
			assertThat(summaries).as(pair.path()).hasSize(roles.size());
			for (int i = 0; i < roles.size(); i++) {
				RoleOccupation mapping = occupations.main(roles.get(i));
				OccupationFigure growth = mapping.occupation().growth().orElseThrow();
				Element outlook = summaries.get(i).selectFirst("dt:containsOwn(Outlook) + dd");
				String where = pair.path() + " " + roles.get(i).slug();
				assertThat(outlook).as(where).isNotNull();
				assertThat(outlook.text()).as(where)
					.contains(growth.display() + " jobs", "Projected growth, US, " + growth.period().label(),
							mapping.occupation().codeAndTitle(), mapping.status());
				assertThat(outlook.select(".occupation__status--proxy").isEmpty()).as(where)
					.isEqualTo(!mapping.proxy());
				String footnote = outlook.selectFirst(".cite a").attr("href");
				assertThat(footnote).as(where).isEqualTo("#cite-" + growth.source().code());
				assertThat(page.document().select("#page-sources li" + footnote).text()).as(where)
					.contains(growth.source().title());
			}
		}
	}

	@Test
	void everyPairSummarySaysProxyExactlyWhereAHeadlinePayFigureIsOne() {
		for (RolePair pair : catalogue.pairs()) {
			List<Element> summaries = site.get(pair.path()).document().select("#answer .answer__role");
			List<Role> roles = List.of(pair.first(), pair.second());
			for (int i = 0; i < roles.size(); i++) {
				Element pay = summaries.get(i).selectFirst("dt:containsOwn(Pay) + dd");
				String where = pair.path() + " " + roles.get(i).slug();
				assertThat(pay).as(where).isNotNull();
				assertThat(pay.text()).as(where).contains(roles.get(i).headlineSalary().summary());
				assertThat(pay.select(".occupation__status--proxy").isEmpty()).as(where)
					.isEqualTo(!roles.get(i).headlineSalary().proxy());
			}
		}
	}

	@Test
	void theSeveralRoleComparisonShowsEveryRolesDistributionAndOutlook() {
		List<Role> roles = catalogue.roles();
		Page page = site.get("/compare?roles=" + String.join(",", roles.stream().map(Role::slug).toList()));
		assertSideBySide(page, roles);
	}

	@Test
	void homeCardsSayProxyExactlyWhereTheHeadlineFigureIsOne() {
		Page home = site.get("/");
		List<Element> cards = home.document().select(".role-card");
		assertThat(cards).hasSize(catalogue.roles().size());
		for (int i = 0; i < cards.size(); i++) {
			Role role = catalogue.roles().get(i);
			assertThat(cards.get(i).select(".occupation__status--proxy").isEmpty()).as(role.slug())
				.isEqualTo(!role.headlineSalary().proxy());
		}
		assertThat(catalogue.role("ai-engineer").orElseThrow().headlineSalary().proxy()).isTrue();
	}

	private void assertSideBySide(Page page, List<Role> roles) {
		Element section = page.document().selectFirst(".pay-comparison");
		assertThat(section).as(page.toString()).isNotNull();
		assertThat(section.select(".pay-picture__distribution")).hasSize(roles.size());
		assertThat(section.select(".outlook tbody tr")).hasSize(roles.size());
		for (int i = 0; i < roles.size(); i++) {
			RoleOccupation mapping = occupations.main(roles.get(i));
			Occupation occupation = mapping.occupation();
			String row = section.select(".pay-picture__distribution").get(i).text();
			assertThat(row).contains(roles.get(i).name(), occupation.codeAndTitle(), mapping.status());
			occupation.percentiles().forEach(figure -> assertThat(row).contains(figure.display()));
			String outlook = section.select(".outlook tbody tr").get(i).text();
			occupation.outlook().forEach(figure -> assertThat(outlook).contains(figure.display()));
		}
		assertThat(section.selectFirst(".outlook caption").text()).contains("2024–34");
	}

}
