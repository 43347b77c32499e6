package com.toolkitatlas.catalogue;

import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;

import com.toolkitatlas.support.SeventhRole;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every rule of the catalogue holds with the seventh role too: it is as complete as the
 * six, so the pages that render it show what they show for any role. The two rules that
 * name the six roles are restated for seven.
 */
@SeventhRole
class SeventhRoleIntegrityTest extends CatalogueIntegrityTest {

	private static final Pattern SENTENCE_END = Pattern.compile("[.!?](\\s|$)");

	@Override
	@Test
	void holdsTheSixRolesInDisplayOrder() {
		assertThat(catalogue.roles()).extracting(Role::name)
			.containsExactly("Machine Learning Engineer", "Backend Engineer", "Data Engineer", "DevOps Engineer",
					"Data Scientist", "AI Engineer", "Site Reliability Engineer");
	}

	@Override
	@Test
	void everyPairOfRolesIsStoredOnceInDisplayOrderWithItsDifference() {
		int roles = catalogue.roles().size();
		assertThat(catalogue.pairs()).hasSize(roles * (roles - 1) / 2);
		for (RolePair pair : catalogue.pairs()) {
			assertThat(pair.first().displayOrder()).isLessThan(pair.second().displayOrder());
			assertThat(SENTENCE_END.matcher(pair.difference()).results().count())
				.as("%s vs %s", pair.first().slug(), pair.second().slug())
				.isBetween(2L, 6L);
		}
	}

	/**
	 * An editorial ranking written before a role existed does not name it: it ranks other
	 * roles, each once, and the alternatives page ranks the rest by similarity.
	 */
	@Override
	@Test
	void editorialRankingsListEveryOtherRoleOnce() {
		for (Role role : catalogue.roles()) {
			List<String> ranked = role.editorialAlternatives();
			assertThat(new HashSet<>(ranked)).as(role.slug()).hasSameSizeAs(ranked).doesNotContain(role.slug());
			assertThat(ranked).as(role.slug()).allMatch(slug -> catalogue.role(slug).isPresent());
		}
		assertThat(catalogue.role(SeventhRole.SLUG).orElseThrow().editorialAlternatives()).isEmpty();
	}

}
