package com.toolkitatlas.filter;

import java.math.BigDecimal;
import java.util.List;

import com.toolkitatlas.catalogue.Catalogue;
import com.toolkitatlas.catalogue.CatalogueFixture;
import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.hire.HiringGuideFixture;
import com.toolkitatlas.salary.Occupations;
import com.toolkitatlas.salary.OccupationsFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static com.toolkitatlas.catalogue.CatalogueFixture.BACKEND;
import static com.toolkitatlas.catalogue.CatalogueFixture.DEVOPS;
import static com.toolkitatlas.catalogue.CatalogueFixture.RESEARCH;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sorting the roles by a figure of their official occupation, on the fixture catalogue
 * and its occupations ({@link OccupationsFixture}): Backend and DevOps share one
 * occupation, the Research Scientist's has no figure.
 */
class RoleOrderTest {

	private final Catalogue catalogue = CatalogueFixture.catalogue();

	private final Synonyms synonyms = SynonymsFixture.synonyms();

	private final Occupations occupations = OccupationsFixture.occupations();

	private final RoleFilterService filters = new RoleFilterService(catalogue, synonyms,
			new RoleFilterParser(catalogue, synonyms, HiringGuideFixture.oneKindPerRole(catalogue)), occupations);

	@ParameterizedTest
	@EnumSource(value = RoleOrder.class, names = "SITE", mode = EnumSource.Mode.EXCLUDE)
	void rolesComeLargestFigureFirstTiesInTheSitesOrderAndThoseWithoutAFigureLast(RoleOrder order) {
		RoleSearch search = filters.search(RoleFilter.NONE.withOrder(order));

		assertThat(roles(search)).containsExactlyInAnyOrderElementsOf(catalogue.roles());
		List<BigDecimal> figures = search.results()
			.stream()
			.map(result -> occupations.main(result.role()).occupation().figure(order.measure()))
			.map(figure -> figure.map(known -> known.amount()).orElse(null))
			.toList();
		int known = (int) figures.stream().filter(figure -> figure != null).count();
		assertThat(known).as("the fixture has roles with and without the figure").isBetween(1, figures.size() - 1);
		assertThat(figures.subList(known, figures.size())).as("those without the figure come last").containsOnlyNulls();
		for (int i = 1; i < known; i++) {
			assertThat(figures.get(i)).as("largest first").isLessThanOrEqualTo(figures.get(i - 1));
			if (figures.get(i).compareTo(figures.get(i - 1)) == 0) {
				assertThat(search.results().get(i).role().displayOrder()).as("a tie keeps the site's order")
					.isGreaterThan(search.results().get(i - 1).role().displayOrder());
			}
		}
		assertThat(search.results()).allSatisfy(result -> {
			assertThat(result.sortFigure().order()).isEqualTo(order);
			assertThat(result.sortFigure().mapping()).isEqualTo(occupations.main(result.role()));
		});
	}

	@Test
	void rolesSharingAnOccupationTieAndTheListSaysWhichAndWhyARoleIsLast() {
		RoleSearch search = filters.search(RoleFilter.NONE.withOrder(RoleOrder.PAY));

		List<Role> roles = roles(search);
		assertThat(roles.indexOf(DEVOPS)).isEqualTo(roles.indexOf(BACKEND) + 1);
		assertThat(roles).last().isEqualTo(RESEARCH);
		assertThat(search.ties()).singleElement().satisfies(tie -> {
			assertThat(tie.occupation()).isEqualTo(OccupationsFixture.SOFTWARE_DEVELOPERS);
			assertThat(tie.names()).isEqualTo("Backend Engineer and DevOps Engineer");
		});
		assertThat(search.unsorted()).containsExactly(RESEARCH);
		assertThat(search.proxies()).isEqualTo(catalogue.roles().size() - 1);
		assertThat(search.sortText())
			.isEqualTo("Sorted by official median pay of each role's occupation, May 2024, highest first");
		assertThat(search.results().get(roles.size() - 1).sortFigure().detail())
			.isEqualTo("not given by the sources for 15-0000 An occupation without figures (BLS), US, so listed last");
		assertThat(filters.search(RoleFilter.NONE.withOrder(RoleOrder.GROWTH)).sortText())
			.isEqualTo("Sorted by projected growth in jobs of each role's occupation, 2024–34, fastest growing first");
	}

	@Test
	void sortingReordersWhatTheFilterKeepsAndKeepsTheFilter() {
		RoleFilter kubernetes = filters.search(RoleFilterServiceTest.request("tool=kubernetes")).filter();
		RoleSearch bySite = filters.search(kubernetes);
		RoleSearch byPay = filters.search(RoleFilterServiceTest.request("tool=kubernetes&sort=pay"));

		assertThat(roles(byPay)).containsExactlyInAnyOrderElementsOf(roles(bySite));
		assertThat(byPay.filter().href()).isEqualTo(kubernetes.href() + "&sort=pay");
		assertThat(byPay.applied()).extracting(RoleSearch.AppliedFilter::removeHref)
			.as("removing a value keeps the order")
			.containsExactly("/roles?sort=pay");
		assertThat(byPay.countText()).isEqualTo(bySite.countText());
		assertThat(bySite.sortText()).isNull();
		assertThat(bySite.results()).allSatisfy(result -> assertThat(result.sortFigure()).isNull());
	}

	@Test
	void anOrderAloneNarrowsNothing() {
		RoleFilter byGrowth = RoleFilter.NONE.withOrder(RoleOrder.GROWTH);

		assertThat(byGrowth.isEmpty()).isTrue();
		assertThat(byGrowth.href()).isEqualTo("/roles?sort=growth");
		assertThat(filters.search(byGrowth).countText()).isEqualTo("All " + catalogue.roles().size() + " roles");
	}

	private static List<Role> roles(RoleSearch search) {
		return search.results().stream().map(RoleResult::role).toList();
	}

}
