package com.toolkitatlas.compare;

import java.util.List;

import com.toolkitatlas.catalogue.Catalogue;
import com.toolkitatlas.catalogue.CatalogueFixture;
import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.salary.SalaryCharts;
import com.toolkitatlas.support.FixtureConfiguration;
import com.toolkitatlas.web.English;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static com.toolkitatlas.catalogue.CatalogueFixture.BACKEND;
import static com.toolkitatlas.catalogue.CatalogueFixture.DEVOPS;
import static com.toolkitatlas.catalogue.CatalogueFixture.ML;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The blocks of the comparison of several roles its view model writes itself (the pay
 * figures, the picker to change the selection), as a browser reads them, against the
 * fixture catalogue.
 */
class SeveralRolesMarkupTest {

	private final Catalogue catalogue = CatalogueFixture.catalogue();

	private final ComparisonService comparisons = new ComparisonService(catalogue, new SalaryCharts(),
			FixtureConfiguration.occupationsOf(catalogue));

	private final List<Role> chosen = List.of(ML, BACKEND, DEVOPS);

	private final RolesComparison comparison = comparisons.compare(chosen);

	@Test
	void thePickerOffersEveryRoleWithTheComparedOnesTickedAndSaysHowManyATableTakes() {
		Document page = Jsoup.parseBodyFragment(comparison.pickerMarkup());
		Element form = page.selectFirst("form.picker");
		String count = English.number(catalogue.roles().size());

		assertThat(form.attr("action")).isEqualTo("/compare");
		assertThat(form.attr("method")).isEqualTo("get");
		assertThat(form.selectFirst("legend").text()).isEqualTo("Choose two to " + count + " roles");
		assertThat(form.select("input[type=checkbox]").eachAttr("value"))
			.containsExactlyElementsOf(catalogue.roles().stream().map(Role::slug).toList());
		assertThat(form.select("input[type=checkbox]").eachAttr("name")).containsOnly("roles");
		assertThat(form.select("input[checked]").eachAttr("value"))
			.containsExactlyElementsOf(chosen.stream().map(Role::slug).toList());
		for (Role role : catalogue.roles()) {
			Element label = form.selectFirst("label[for=compare-role-" + role.slug() + "]");
			assertThat(label.text()).isEqualTo(role.name());
			assertThat(form.selectFirst("#compare-role-" + role.slug()).attr("value")).isEqualTo(role.slug());
		}
		assertThat(form.selectFirst("p.picker__hint").text())
			.isEqualTo("Two roles open their side-by-side comparison; three to " + count + " share one table.");
		assertThat(form.selectFirst("button[type=submit]").text()).isEqualTo("Compare");
	}

	@Test
	void thePayShowsEachHeadlineFigureWarnsThatTheyDifferAndGivesEachRolesOfficialPay() {
		Document pay = Jsoup.parseBodyFragment(comparison.payMarkup());

		assertThat(pay.selectFirst("figure.salary-chart figcaption").text())
			.isEqualTo("Headline pay figure of each role, US dollars per year");
		String headlines = pay.selectFirst("figure.salary-chart").text();
		chosen.forEach(role -> assertThat(headlines).contains(role.headlineSalary().summary()));
		assertThat(pay.selectFirst(".salary-warning").text())
			.isEqualTo("Not the same kind of figure. " + ComparisonService.salaryWarning(chosen));
		assertThat(pay.select(".salary-match")).isEmpty();
		Element official = pay.selectFirst("section.pay-comparison");
		assertThat(official.selectFirst("h3").text()).isEqualTo("Official pay distributions and job outlook");
		assertThat(official.select("table.outlook tbody th a").eachAttr("href"))
			.containsExactlyElementsOf(chosen.stream().map(role -> "/roles/" + role.slug()).toList());
	}

	@Test
	void theNamesReadAsATitleDoes() {
		assertThat(comparison.names()).isEqualTo("ML Engineer, Backend Engineer and DevOps Engineer");
	}

	@Test
	void theRowsOfAFewRolesAreTheirCellsAmongEveryRolesInTheOrderAsked() {
		List<Role> some = List.of(DEVOPS, ML);

		assertThat(GlanceRows.among(GlanceRows.of(catalogue.roles()), catalogue.roles(), some))
			.isEqualTo(GlanceRows.of(some));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> GlanceRows.among(GlanceRows.of(List.of(ML)), List.of(ML), List.of(ML, DEVOPS)));
	}

}
