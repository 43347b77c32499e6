package com.toolkitatlas.catalogue;

import com.toolkitatlas.support.WebTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A migration that leaves a role without a paragraph the pages show stops the application
 * at start-up, naming what is missing, instead of serving pages with a hole in them. The
 * catalogue is read again as start-up reads it, inside a transaction that is rolled back.
 */
@WebTest
@Transactional
class IncompleteCatalogueTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CatalogueLoader loader;

	@Autowired
	Catalogue catalogue;

	@Test
	void theCatalogueAsMigratedLoads() {
		assertThat(loader.load().roles()).extracting(Role::slug)
			.containsExactlyElementsOf(catalogue.roles().stream().map(Role::slug).toList());
	}

	@Test
	void aRoleWithoutATextOnEveryTopicDoesNotLoad() {
		Role role = catalogue.roles().get(catalogue.roles().size() - 1);
		jdbc.update("delete from role_text where role_slug = ? and topic in (?, ?)", role.slug(),
				Topic.ONBOARDING.name(), Topic.WHEN_TO_HIRE.name());

		assertThatThrownBy(loader::load).isInstanceOf(IllegalStateException.class)
			.hasMessage("Role " + role.slug() + " has no text on [ONBOARDING, WHEN_TO_HIRE]");
	}

}
