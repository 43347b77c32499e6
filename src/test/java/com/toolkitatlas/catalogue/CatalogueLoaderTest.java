package com.toolkitatlas.catalogue;

import java.util.List;

import com.toolkitatlas.support.CatalogueDataTest;
import com.toolkitatlas.support.RecordedSql;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The loader reads the migrated tables once at start-up. Each table is read by one
 * statement whatever the number of roles (no query per role), and every role comes back
 * whole: each of its lists as long as its rows in the database.
 */
@CatalogueDataTest
class CatalogueLoaderTest {

	@Autowired
	CatalogueLoader loader;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManager entityManager;

	@BeforeEach
	void freshPersistenceContext() {
		entityManager.clear();
		RecordedSql.clear();
	}

	@Test
	void readsEveryTableWithOneStatement() {
		Catalogue catalogue = loader.load();

		List<String> tables = RecordedSql.tables();
		assertThat(tables).as("one statement per table").doesNotHaveDuplicates();
		assertThat(tables).contains("source", "skill", "tool", "language", "company", "role", "role_skill", "role_tool",
				"role_language", "role_text", "salary_figure", "role_pair", "pair_note");
		assertThat(catalogue.roles()).hasSize(count("select count(*) from role"));
	}

	@Test
	void anotherRoleAddsNoStatement() {
		loader.load();
		List<String> before = RecordedSql.tables();
		addRole("test-engineer");
		entityManager.clear();
		RecordedSql.clear();

		Catalogue catalogue = loader.load();

		assertThat(RecordedSql.tables()).isEqualTo(before);
		Role added = catalogue.role("test-engineer").orElseThrow();
		assertThat(added.name()).isEqualTo("Test Engineer");
		assertThat(catalogue.roles()).first().isEqualTo(added);
		assertThat(added.skills()).singleElement()
			.satisfies(link -> assertThat(link.importance()).isEqualTo(Importance.CORE));
		assertThat(added.tools()).hasSize(1);
		assertThat(added.languages()).hasSize(1);
		assertThat(added.text(Topic.ONBOARDING)).isEqualTo("Learn the test tools first.");
		assertThat(added.workflows()).containsExactly("Writing tests", "Reading reports");
		assertThat(added.headlineSalary().amountUsd()).isEqualTo(100_000);
		// Its pairs were stored in another order than the roles': the catalogue orders
		// them.
		assertThat(catalogue.pairs().subList(0, 2)).extracting(pair -> pair.second().slug())
			.containsExactly(catalogue.roles().get(1).slug(), catalogue.roles().get(2).slug());
		assertThat(catalogue.pairs().get(0).difference()).isEqualTo("They test different things.");
	}

	@Test
	void everyRoleComesBackWithEveryRowOfEveryList() {
		Catalogue catalogue = loader.load();

		for (Role role : catalogue.roles()) {
			String slug = role.slug();
			assertThat(role.texts()).as(slug).hasSize(rows("role_text", slug));
			assertThat(role.notes()).as(slug).hasSize(rows("role_note", slug));
			assertThat(role.skills()).as(slug).hasSize(rows("role_skill", slug));
			assertThat(role.tools()).as(slug).hasSize(rows("role_tool", slug));
			assertThat(role.languages()).as(slug).hasSize(rows("role_language", slug));
			assertThat(role.workflows()).as(slug).hasSize(rows("role_workflow", slug));
			assertThat(role.theory()).as(slug).hasSize(rows("role_theory", slug));
			assertThat(role.useCases()).as(slug).hasSize(rows("role_use_case", slug));
			assertThat(role.collaborators()).as(slug).hasSize(rows("role_collaborator", slug));
			assertThat(role.bestFor()).as(slug).hasSize(rows("role_best_for", slug));
			assertThat(role.salaries()).as(slug).hasSize(rows("salary_figure", slug));
			assertThat(role.hiringCompanies()).as(slug).hasSize(rows("role_company", slug));
			assertThat(role.careerSteps()).as(slug).hasSize(rows("role_career_step", slug));
			assertThat(role.facts()).as(slug).hasSize(rows("role_fact", slug));
			assertThat(role.editorialAlternatives()).as(slug).hasSize(rows("editorial_alternative", slug));
			assertThat(role.editorialSource() != null).as(slug).isEqualTo(role.hasEditorialAlternatives());
		}
		assertThat(catalogue.skills()).hasSize(count("select count(*) from skill"));
		assertThat(catalogue.tools()).hasSize(count("select count(*) from tool"));
		assertThat(catalogue.languages()).hasSize(count("select count(*) from language"));
		assertThat(catalogue.sources()).hasSize(count("select count(*) from source"));
		assertThat(catalogue.skillCategories()).hasSize(count("select count(*) from skill_category"));
		assertThat(catalogue.toolCategories()).hasSize(count("select count(*) from tool_category"));
		assertThat(catalogue.costModels()).hasSize(count("select count(*) from cost_model"));
		assertThat(catalogue.pairs()).hasSize(count("select count(*) from role_pair"));
		assertThat(catalogue.pairs().stream().mapToInt(pair -> pair.notes().size()).sum())
			.isEqualTo(count("select count(*) from pair_note"));
	}

	@Test
	void listsKeepTheOrderOfTheirRowsAndLinksPutCoreEntriesFirst() {
		Catalogue catalogue = loader.load();

		for (Role role : catalogue.roles()) {
			assertThat(role.workflows()).as(role.slug())
				.isEqualTo(jdbc.queryForList("select name from role_workflow where role_slug = ? order by position",
						String.class, role.slug()));
			assertThat(role.careerSteps()).extracting(Items.CareerStep::title)
				.as(role.slug())
				.isEqualTo(jdbc.queryForList("select title from role_career_step where role_slug = ? order by position",
						String.class, role.slug()));
			assertThat(role.skills()).extracting(Links.RoleSkill::importance).as(role.slug()).isSorted();
			assertThat(role.tools()).extracting(Links.RoleTool::importance).as(role.slug()).isSorted();
			assertThat(role.languages()).extracting(Links.RoleLanguage::importance).as(role.slug()).isSorted();
		}
		assertThat(catalogue.roles()).extracting(Role::displayOrder).isSorted();
		assertThat(catalogue.sources().get(0).seed()).as("the source documents first").isTrue();
	}

	private int rows(String table, String roleSlug) {
		return count("select count(*) from " + table + " where role_slug = '" + roleSlug + "'");
	}

	private int count(String sql) {
		return jdbc.queryForObject(sql, Integer.class);
	}

	/**
	 * A role before all others, with one row in a few of its tables, made of entries the
	 * catalogue has, and pairs with the first two roles stored in reverse order.
	 */
	private void addRole(String slug) {
		String source = jdbc.queryForObject("select min(code) from source", String.class);
		List<String> firstTwo = jdbc.queryForList("select slug from role order by display_order", String.class)
			.subList(0, 2);
		jdbc.update("insert into role (slug, name, short_name, display_order, headline, summary, primary_focus, "
				+ "key_responsibility, typical_deliverable) values (?, 'Test Engineer', 'Tester', 0, 'Tests things.', "
				+ "'Tests. Many of them.', 'Quality', 'Testing', 'Test reports')", slug);
		jdbc.update("insert into role_text (role_slug, topic, body) values (?, 'ONBOARDING', "
				+ "'Learn the test tools first.')", slug);
		// A role without a text on every topic would not load.
		for (Topic topic : Topic.values()) {
			if (topic != Topic.ONBOARDING) {
				jdbc.update("insert into role_text (role_slug, topic, body) values (?, ?, ?)", slug, topic.name(),
						topic.label() + " for testers.");
			}
		}
		jdbc.update("insert into role_skill (role_slug, skill_slug, importance, source_code) "
				+ "values (?, (select min(slug) from skill), 'CORE', ?)", slug, source);
		jdbc.update("insert into role_tool (role_slug, tool_slug, importance, source_code) "
				+ "values (?, (select min(slug) from tool), 'SECONDARY', ?)", slug, source);
		jdbc.update("insert into role_language (role_slug, language_slug, importance, source_code) "
				+ "values (?, (select min(slug) from language), 'CORE', ?)", slug, source);
		jdbc.update("insert into role_workflow (role_slug, position, name) values (?, 1, 'Writing tests')", slug);
		jdbc.update("insert into role_workflow (role_slug, position, name) values (?, 2, 'Reading reports')", slug);
		jdbc.update(
				"insert into salary_figure (role_slug, position, basis, amount_usd, region, period, label, "
						+ "headline, source_code) values (?, 1, 'MEDIAN', 100000, 'US', '2025', 'Median', true, ?)",
				slug, source);
		jdbc.update("insert into role_pair (first_slug, second_slug, difference) values (?, ?, 'Another pair.')", slug,
				firstTwo.get(1));
		jdbc.update("insert into role_pair (first_slug, second_slug, difference) "
				+ "values (?, ?, 'They test different things.')", slug, firstTwo.get(0));
	}

}
