package com.toolkitatlas.role;

import com.toolkitatlas.catalogue.CatalogueFixture;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static com.toolkitatlas.catalogue.CatalogueFixture.DATA;
import static com.toolkitatlas.catalogue.CatalogueFixture.ML;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The parts of the profile page written once for each role: the header and the
 * at-a-glance block, the hiring companies and the career ladder (or the caveat where the
 * catalogue has none), and the ways on to the other roles, as a reader sees them, against
 * the fixture catalogue.
 */
class ProfilePageTest {

	private final RoleService roles = RoleServices.over(CatalogueFixture.catalogue());

	@Test
	void theHeadNamesTheRoleAndGivesItsHeadlinePayWithItsSourceAndItsCoreToolkit() {
		Document head = Jsoup.parseBodyFragment(roles.page(ML.slug()).head());

		assertThat(head.selectFirst("header.page-head > h1").text()).isEqualTo(ML.name());
		assertThat(head.selectFirst("header.page-head > p.lead").text()).isEqualTo(ML.headline());
		assertThat(head.select("header aside.note")).isEmpty();
		Element glance = head.getElementById("at-a-glance");
		assertThat(glance.select("#best-for-heading + ul > li").eachText()).containsExactlyElementsOf(ML.bestFor());
		Element pay = glance.selectFirst("dl.answer__facts > div:has(dt:contains(Pay)) > dd");
		assertThat(pay.selectFirst("strong").text()).isEqualTo(ML.headlineSalary().summary());
		assertThat(pay.selectFirst("sup.cite > a").attr("href"))
			.isEqualTo("#cite-" + ML.headlineSalary().source().code());
		assertThat(glance.select("dl.answer__facts > div:has(dt:contains(Core tools)) a").eachText())
			.containsExactlyElementsOf(ML.coreTools().stream().map(link -> link.tool().name()).toList());
	}

	@Test
	void companiesAndTheLadderComeWithTheirSourceOrTheCaveatWhereThereAreNone() {
		Document listed = Jsoup.parseBodyFragment(roles.page(ML.slug()).companies());
		assertThat(listed.select("ul.tags > li").eachText())
			.containsExactlyElementsOf(ML.hiringCompanies().stream().map(hiring -> hiring.company().name()).toList());
		assertThat(listed.selectFirst("p.source-ref > sup.cite > a").text()).isEqualTo("1");
		assertThat(Jsoup.parseBodyFragment(roles.page(ML.slug()).career()).select("ol.ladder li.ladder__step"))
			.hasSize(ML.careerSteps().size());

		ProfilePage none = roles.page(DATA.slug());
		Document companies = Jsoup.parseBodyFragment(none.companies());
		assertThat(companies.select("ul, p.source-ref")).isEmpty();
		assertThat(companies.selectFirst("p.note").text())
			.isEqualTo("No source lists the employers of data engineers.");
		Document career = Jsoup.parseBodyFragment(none.career());
		assertThat(career.select("ol, p.source-ref")).isEmpty();
		assertThat(career.selectFirst("p.note").text()).isEqualTo("No source describes the ladder.");
	}

	@Test
	void theWaysOnOfferTheAlternativesTheComparePickerWithTheRoleTickedAndTheSwitches() {
		Document onward = Jsoup.parseBodyFragment(roles.page(ML.slug()).onward());

		assertThat(onward.selectFirst("#beyond a[href=/roles/ml-engineer/alternatives]").text())
			.isEqualTo("Alternatives to Machine Learning Engineer, ranked");
		assertThat(onward.select("#compare form.picker input[checked]").eachAttr("value")).containsExactly(ML.slug());
		assertThat(onward.select("#compare form.picker input[type=checkbox]")).hasSize(CatalogueFixture.ROLES.size());
		assertThat(onward.selectFirst("#compare legend").text()).isEqualTo("Choose two to five roles");
		assertThat(onward.select("#switch a").eachAttr("href")).contains("/switch/ml-engineer-to-data-engineer",
				"/switch/data-engineer-to-ml-engineer");
	}

	@Test
	void eachRolesPageIsWrittenOnceAndKept() {
		assertThat(roles.page(ML.slug())).isSameAs(roles.page(ML.slug()));
		assertThat(roles.profile(ML.slug())).isSameAs(roles.page(ML.slug()).profile());
	}

}
