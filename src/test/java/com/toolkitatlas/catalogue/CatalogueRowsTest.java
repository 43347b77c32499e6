package com.toolkitatlas.catalogue;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.toolkitatlas.catalogue.Links.RoleLanguage;
import com.toolkitatlas.catalogue.Links.RoleSkill;
import com.toolkitatlas.catalogue.Links.RoleTool;
import com.toolkitatlas.support.CatalogueDataTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every value of the catalogue is the one its row holds, read back field by field with
 * plain SQL, and every list is in the order the catalogue promises. The loader is the one
 * place where a column can be mapped to the wrong field, so each field is checked once
 * here rather than on a page.
 */
@CatalogueDataTest
class CatalogueRowsTest {

	@Autowired
	CatalogueLoader loader;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theCatalogueBeanIsWhatTheLoaderReads() {
		assertThat(new CatalogueConfiguration().catalogue(loader).roles()).extracting(Role::slug)
			.containsExactlyElementsOf(jdbc.queryForList("select slug from role order by display_order", String.class));
	}

	@Test
	void everyRoleHoldsItsRow() {
		Catalogue catalogue = loader.load();

		for (Map<String, Object> row : rows("select * from role")) {
			Role role = catalogue.role(text(row, "slug")).orElseThrow();
			assertThat(role.name()).isEqualTo(row.get("NAME"));
			assertThat(role.shortName()).isEqualTo(row.get("SHORT_NAME"));
			assertThat(role.displayOrder()).isEqualTo(row.get("DISPLAY_ORDER"));
			assertThat(role.headline()).isEqualTo(row.get("HEADLINE"));
			assertThat(role.summary()).isEqualTo(row.get("SUMMARY"));
			assertThat(role.primaryFocus()).isEqualTo(row.get("PRIMARY_FOCUS"));
			assertThat(role.keyResponsibility()).isEqualTo(row.get("KEY_RESPONSIBILITY"));
			assertThat(role.typicalDeliverable()).isEqualTo(row.get("TYPICAL_DELIVERABLE"));
			assertThat(role.definitionNote()).isEqualTo(row.get("DEFINITION_NOTE"));
		}
		assertThat(catalogue.roles()).extracting(Role::definitionNote)
			.as("some role has a note")
			.anyMatch(n -> n != null);
	}

	@Test
	void everyTextAndNoteOfARoleIsItsRowUnderItsTopic() {
		Catalogue catalogue = loader.load();

		for (Map<String, Object> row : rows("select * from role_text")) {
			assertThat(role(catalogue, row).text(Topic.valueOf(text(row, "topic")))).isEqualTo(row.get("BODY"));
		}
		for (Map<String, Object> row : rows("select * from role_note")) {
			assertThat(role(catalogue, row).note(ListTopic.valueOf(text(row, "topic")))).isEqualTo(row.get("NOTE"));
		}
	}

	@Test
	void skillsToolsAndLanguagesOfARoleComeCoreFirstThenByCategoryAndNameWithTheirSource() {
		Catalogue catalogue = loader.load();

		for (Role role : catalogue.roles()) {
			assertThat(role.skills())
				.extracting(link -> link.skill().slug() + " " + link.importance() + " " + link.source().code())
				.isEqualTo(links("skill", role));
			assertThat(role.tools())
				.extracting(link -> link.tool().slug() + " " + link.importance() + " " + link.source().code())
				.isEqualTo(links("tool", role));
			assertThat(role.languages())
				.extracting(link -> link.language().slug() + " " + link.importance() + " " + link.source().code())
				.isEqualTo(links("language", role));
			assertThat(role.skills()).isSortedAccordingTo(Comparator.comparing(RoleSkill::importance)
				.thenComparingInt((RoleSkill link) -> link.skill().category().position())
				.thenComparing(link -> link.skill().name()));
			assertThat(role.tools()).isSortedAccordingTo(Comparator.comparing(RoleTool::importance)
				.thenComparingInt((RoleTool link) -> link.tool().category().position())
				.thenComparing(link -> link.tool().name()));
			assertThat(role.languages()).isSortedAccordingTo(
					Comparator.comparing(RoleLanguage::importance).thenComparing(link -> link.language().name()));
		}
	}

	@Test
	void theOrderedListsOfARoleHoldTheirRowsInOrder() {
		Catalogue catalogue = loader.load();

		for (Role role : catalogue.roles()) {
			String slug = role.slug();
			assertThat(role.workflows()).isEqualTo(column("name", "role_workflow", slug, "position"));
			assertThat(role.theory()).isEqualTo(column("name", "role_theory", slug, "position"));
			assertThat(role.collaborators()).isEqualTo(column("name", "role_collaborator", slug, "position"));
			assertThat(role.bestFor()).isEqualTo(column("text", "role_best_for", slug, "position"));
			assertThat(role.useCases()).extracting(Items.UseCase::title)
				.isEqualTo(column("title", "role_use_case", slug, "position"));
			assertThat(role.useCases()).extracting(Items.UseCase::example)
				.isEqualTo(column("example", "role_use_case", slug, "position"));
			assertThat(role.careerSteps()).extracting(step -> step.title() + " " + step.source().code())
				.isEqualTo(column("title || ' ' || source_code", "role_career_step", slug, "position"));
			assertThat(role.facts()).extracting(fact -> fact.topic() + " " + fact.text() + " " + fact.source().code())
				.isEqualTo(column("topic || ' ' || text || ' ' || source_code", "role_fact", slug, "position"));
			assertThat(role.hiringCompanies()).extracting(
					hiring -> hiring.company().slug() + " " + hiring.company().name() + " " + hiring.source().code())
				.isEqualTo(jdbc.queryForList(
						"select c.slug || ' ' || c.name || ' ' || r.source_code from role_company r "
								+ "join company c on c.slug = r.company_slug where r.role_slug = ? order by r.position",
						String.class, slug));
			assertThat(role.editorialAlternatives())
				.isEqualTo(column("alternative_slug", "editorial_alternative", slug, "rank"));
			assertThat(role.editorialSource() == null ? null : role.editorialSource().code()).isEqualTo(
					column("source_code", "editorial_alternative", slug, "rank").stream().findFirst().orElse(null));
		}
	}

	@Test
	void everySalaryFigureHoldsItsRow() {
		Catalogue catalogue = loader.load();

		for (Role role : catalogue.roles()) {
			List<Map<String, Object>> figures = jdbc
				.queryForList("select * from salary_figure where role_slug = ? order by position", role.slug());
			assertThat(role.salaries()).hasSameSizeAs(figures);
			for (int i = 0; i < figures.size(); i++) {
				SalaryFigure figure = role.salaries().get(i);
				Map<String, Object> row = figures.get(i);
				assertThat(figure.basis().name()).isEqualTo(row.get("BASIS"));
				assertThat(figure.amountUsd()).isEqualTo(row.get("AMOUNT_USD"));
				assertThat(figure.lowUsd()).isEqualTo(row.get("LOW_USD"));
				assertThat(figure.highUsd()).isEqualTo(row.get("HIGH_USD"));
				assertThat(figure.rangeLabel()).isEqualTo(row.get("RANGE_LABEL"));
				assertThat(figure.region()).isEqualTo(row.get("REGION"));
				assertThat(figure.period()).isEqualTo(row.get("PERIOD"));
				assertThat(figure.label()).isEqualTo(row.get("LABEL"));
				assertThat(figure.note()).isEqualTo(row.get("NOTE"));
				assertThat(figure.headline()).isEqualTo(row.get("HEADLINE"));
				assertThat(figure.source().code()).isEqualTo(row.get("SOURCE_CODE"));
			}
		}
	}

	@Test
	void sourcesHoldTheirRowsTheSourceDocumentsFirstThenByNumber() {
		Catalogue catalogue = loader.load();

		for (Map<String, Object> row : rows("select * from source")) {
			Source source = catalogue.source(text(row, "code")).orElseThrow();
			assertThat(source.seed()).isEqualTo("SEED".equals(row.get("KIND")));
			assertThat(source.title()).isEqualTo(row.get("TITLE"));
			assertThat(source.url()).isEqualTo(row.get("URL"));
			assertThat(source.published()).isEqualTo(row.get("PUBLISHED"));
			assertThat(source.measured()).isEqualTo(row.get("MEASURED"));
			assertThat(source.confidence()).isEqualTo(row.get("CONFIDENCE"));
		}
		assertThat(catalogue.sources()).isSortedAccordingTo(Comparator.comparing((Source source) -> !source.seed())
			.thenComparingInt(source -> Integer.parseInt(source.code().substring(1))));
		assertThat(catalogue.sources()).extracting(Source::seed).contains(true, false);
	}

	@Test
	void skillsToolsLanguagesCompaniesAndTheirCategoriesHoldTheirRows() {
		Catalogue catalogue = loader.load();

		assertThat(catalogue.skills())
			.extracting(skill -> skill.slug() + " " + skill.name() + " " + skill.category().slug())
			.containsExactlyElementsOf(
					strings("select slug || ' ' || name || ' ' || category from skill order by name"));
		assertThat(catalogue.languages()).extracting(language -> language.slug() + " " + language.name())
			.containsExactlyElementsOf(strings("select slug || ' ' || name from language order by name"));
		assertThat(catalogue.skillCategories())
			.extracting(category -> category.slug() + " " + category.label() + " " + category.position())
			.containsExactlyElementsOf(
					strings("select slug || ' ' || label || ' ' || position from skill_category order by position"));
		assertThat(catalogue.toolCategories())
			.extracting(category -> category.slug() + " " + category.label() + " " + category.position())
			.containsExactlyElementsOf(
					strings("select slug || ' ' || label || ' ' || position from tool_category order by position"));
		assertThat(catalogue.costModels())
			.extracting(model -> model.slug() + " " + model.label() + " " + model.description())
			.containsExactlyElementsOf(
					strings("select slug || ' ' || label || ' ' || description from cost_model order by position"));
		for (Map<String, Object> row : rows("select * from tool")) {
			Tool tool = catalogue.tool(text(row, "slug")).orElseThrow();
			assertThat(tool.name()).isEqualTo(row.get("NAME"));
			assertThat(tool.category().slug()).isEqualTo(row.get("CATEGORY"));
			assertThat(tool.cost() == null ? null : tool.cost().model().slug()).isEqualTo(row.get("COST_MODEL"));
			assertThat(tool.cost() == null ? null : tool.cost().note()).isEqualTo(row.get("COST_NOTE"));
			assertThat(tool.cost() == null ? null : tool.cost().evidence()).isEqualTo(row.get("COST_EVIDENCE"));
			assertThat(tool.cost() == null ? null : tool.cost().checked()).isEqualTo(row.get("COST_CHECKED"));
		}
		assertThat(catalogue.tools()).extracting(Tool::name).isEqualTo(strings("select name from tool order by name"));
		assertThat(catalogue.tools()).anyMatch(tool -> !tool.costChecked()).anyMatch(Tool::costChecked);
	}

	@Test
	void everyPairHoldsItsDifferenceAndItsNotesInOrderWithTheirSources() {
		Catalogue catalogue = loader.load();

		for (Map<String, Object> row : rows("select * from role_pair")) {
			Role first = catalogue.role(text(row, "first_slug")).orElseThrow();
			Role second = catalogue.role(text(row, "second_slug")).orElseThrow();
			RolePair pair = catalogue.pair(first, second).orElseThrow();
			assertThat(pair.first()).isEqualTo(first);
			assertThat(pair.difference()).isEqualTo(row.get("DIFFERENCE"));
			assertThat(pair.notes())
				.extracting(note -> note.section() + " " + note.body() + " "
						+ (note.source() == null ? "none" : note.source().code()))
				.containsExactlyElementsOf(jdbc.queryForList(
						"select section || ' ' || body || ' ' || coalesce(source_code, 'none') from pair_note "
								+ "where first_slug = ? and second_slug = ? order by section, position",
						String.class, first.slug(), second.slug()));
		}
		assertThat(catalogue.pairs())
			.isSortedAccordingTo(Comparator.comparingInt((RolePair pair) -> pair.first().displayOrder())
				.thenComparingInt(pair -> pair.second().displayOrder()));
	}

	private List<Map<String, Object>> rows(String sql) {
		return jdbc.queryForList(sql);
	}

	private List<String> strings(String sql) {
		return jdbc.queryForList(sql, String.class);
	}

	private List<String> column(String expression, String table, String roleSlug, String order) {
		return jdbc.queryForList("select " + expression + " from " + table + " where role_slug = ? order by " + order,
				String.class, roleSlug);
	}

	/** The role's links to one kind of entry, as the catalogue orders them. */
	private List<String> links(String kind, Role role) {
		String category = kind.equals("language") ? ""
				: "(select position from " + kind + "_category where slug = e.category), ";
		return jdbc.queryForList(
				"select l." + kind + "_slug || ' ' || l.importance || ' ' || l.source_code from role_" + kind
						+ " l join " + kind + " e on e.slug = l." + kind + "_slug where l.role_slug = ? order by "
						+ "case l.importance when 'CORE' then 0 else 1 end, " + category + "e.name",
				String.class, role.slug());
	}

	private static Role role(Catalogue catalogue, Map<String, Object> row) {
		return catalogue.role(text(row, "role_slug")).orElseThrow();
	}

	private static String text(Map<String, Object> row, String column) {
		return (String) row.get(column.toUpperCase(java.util.Locale.ROOT));
	}

}
