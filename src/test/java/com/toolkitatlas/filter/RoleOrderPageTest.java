package com.toolkitatlas.filter;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.toolkitatlas.catalogue.Catalogue;
import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.salary.Occupation;
import com.toolkitatlas.salary.OccupationFigure;
import com.toolkitatlas.salary.Occupations;
import com.toolkitatlas.salary.RoleOccupation;
import com.toolkitatlas.support.Page;
import com.toolkitatlas.support.Site;
import com.toolkitatlas.support.WebTest;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /roles} sorted by pay or by growth, over the real catalogue: the order follows
 * the figures of each role's main occupation as the catalogue holds them, each result
 * shows its figure with the occupation, period, proxy status and source, and the list
 * names the roles that tie because they share an occupation.
 */
@WebTest
class RoleOrderPageTest {

	@Autowired
	Site site;

	@Autowired
	Catalogue catalogue;

	@Autowired
	Occupations occupations;

	@ParameterizedTest
	@EnumSource(value = RoleOrder.class, names = "SITE", mode = EnumSource.Mode.EXCLUDE)
	void theRolesComeInTheOrderOfTheirOccupationsFiguresEachShowingItsFigure(RoleOrder order) {
		Page page = site.get("/roles?sort=" + order.parameter());

		assertThat(page.status()).isEqualTo(200);
		List<Role> expected = expectedOrder(catalogue, occupations, order);
		List<Element> results = page.document().select("#results .result");
		assertThat(results).extracting(result -> result.selectFirst(".result__title").text())
			.containsExactlyElementsOf(expected.stream().map(Role::name).toList());
		for (int i = 0; i < expected.size(); i++) {
			RoleOccupation main = occupations.main(expected.get(i));
			String shown = results.get(i).select(".result__pay").last().text();
			assertThat(shown).as(expected.get(i).slug()).contains(main.occupation().codeAndTitle());
			main.occupation()
				.figure(order.measure())
				.ifPresentOrElse(
						figure -> assertThat(shown).contains(figure.display(), figure.period().label(),
								figure.source().title()),
						() -> assertThat(shown).contains("not given by the sources", "listed last"));
			assertThat(shown.contains("proxy")).as(expected.get(i).slug()).isEqualTo(main.proxy());
		}
		String note = page.select("#results .note").text();
		assertThat(note).startsWith("Sorted by " + order.label());
		sharedOccupations(catalogue, occupations).forEach((occupation, roles) -> assertThat(note)
			.contains(roles.stream().map(Role::name).collect(Collectors.joining(" and ")) + " share "
					+ occupation.codeAndTitle()));
	}

	/**
	 * The roles in the catalogue's order, then by the figure of their main occupation,
	 * largest first, those without it last.
	 */
	static List<Role> expectedOrder(Catalogue catalogue, Occupations occupations, RoleOrder order) {
		List<Role> roles = new ArrayList<>(catalogue.roles());
		roles.sort(Comparator.comparing(role -> figure(occupations, role, order),
				Comparator.nullsLast(Comparator.reverseOrder())));
		return roles;
	}

	private static BigDecimal figure(Occupations occupations, Role role, RoleOrder order) {
		return occupations.main(role).occupation().figure(order.measure()).map(OccupationFigure::amount).orElse(null);
	}

	/** The occupations that stand for more than one role, with those roles. */
	static Map<Occupation, List<Role>> sharedOccupations(Catalogue catalogue, Occupations occupations) {
		Map<Occupation, List<Role>> byOccupation = catalogue.roles()
			.stream()
			.collect(Collectors.groupingBy(role -> occupations.main(role).occupation(), java.util.LinkedHashMap::new,
					Collectors.toList()));
		byOccupation.values().removeIf(roles -> roles.size() < 2);
		return byOccupation;
	}

}
