package com.toolkitatlas.filter;

import java.util.List;

import com.toolkitatlas.catalogue.Catalogue;
import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.salary.Occupations;
import com.toolkitatlas.support.Page;
import com.toolkitatlas.support.SeventhRole;
import com.toolkitatlas.support.Site;
import com.toolkitatlas.support.WebTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The seventh role is sorted with the others, by the figures of its own occupation. */
@WebTest
@SeventhRole
class SeventhRoleOrderTest {

	@Autowired
	Site site;

	@Autowired
	Catalogue catalogue;

	@Autowired
	Occupations occupations;

	@ParameterizedTest
	@EnumSource(value = RoleOrder.class, names = "SITE", mode = EnumSource.Mode.EXCLUDE)
	void theSeventhRoleTakesItsPlaceInEachOrder(RoleOrder order) {
		Page page = site.get("/roles?sort=" + order.parameter());
		List<Role> expected = RoleOrderPageTest.expectedOrder(catalogue, occupations, order);

		assertThat(page.status()).isEqualTo(200);
		assertThat(expected).hasSameSizeAs(catalogue.roles()).extracting(Role::slug).contains(SeventhRole.SLUG);
		assertThat(page.document().select("#results .result__title").eachText())
			.containsExactlyElementsOf(expected.stream().map(Role::name).toList());
		assertThat(page.select("#results").text())
			.contains(occupations.main(catalogue.role(SeventhRole.SLUG).orElseThrow()).occupation().codeAndTitle());
	}

}
