package com.toolkitatlas.pick;

import java.util.List;
import java.util.Map;

import com.toolkitatlas.catalogue.Catalogue;
import com.toolkitatlas.catalogue.Importance;
import com.toolkitatlas.catalogue.Tool;
import com.toolkitatlas.pick.PickGuide.OptionSource;
import com.toolkitatlas.pick.PickGuide.Question;
import com.toolkitatlas.support.CatalogueDataTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The how-to-pick guide as the migrations define it, and the start-up checks that keep an
 * incomplete guide from reaching a page.
 */
@CatalogueDataTest
class PickGuideLoaderTest {

	@Autowired
	Catalogue catalogue;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PickQuestionRepository questions;

	@Autowired
	PickOptionRepository options;

	@Autowired
	PickWeightRepository weights;

	@Autowired
	PickToolWeightRepository toolWeights;

	@Test
	void readsTheQuestionsAndOptionsInTheirOrderWithAWeightForEveryRole() {
		PickGuide guide = load();

		assertThat(guide.questions()).extracting(Question::slug)
			.isEqualTo(jdbc.queryForList("select slug from pick_question order by position", String.class));
		for (Question question : guide.questions()) {
			List<String> listed = jdbc.queryForList(
					"select slug from pick_option where question_slug = ? order by position", String.class,
					question.slug());
			assertThat(question.options()).extracting(PickGuide.Option::slug).as(question.slug()).isEqualTo(listed);
			assertThat(question.source() == OptionSource.TOOLS).as(question.slug()).isEqualTo(listed.isEmpty());
			question.options()
				.forEach(option -> catalogue.roles()
					.forEach(role -> assertThat(option.weight(role).points()).as(option.slug() + " " + role.slug())
						.isEqualTo(jdbc.queryForObject(
								"select weight from pick_weight where question_slug = ? and option_slug = ? "
										+ "and role_slug = ?",
								Integer.class, question.slug(), option.slug(), role.slug()))));
		}
		assertThat(guide.strengths().slug()).isEqualTo(PickGuide.STRENGTH);
		for (Importance importance : Importance.values()) {
			assertThat(guide.toolWeight(importance)).isEqualTo(jdbc.queryForObject(
					"select weight from pick_tool_weight where importance = ?", Integer.class, importance.name()));
		}
	}

	@Test
	void everyQuestionOptionAndWeightHoldsItsRow() {
		PickGuide guide = load();

		for (Map<String, Object> row : jdbc.queryForList("select * from pick_question")) {
			Question question = guide.question((String) row.get("SLUG")).orElseThrow();
			assertThat(question.prompt()).isEqualTo(row.get("PROMPT"));
			assertThat(question.hint()).isEqualTo(row.get("HINT"));
			assertThat(question.multiple()).isEqualTo(row.get("MULTIPLE"));
			assertThat(question.source().name()).isEqualTo(row.get("OPTIONS_FROM"));
			assertThat(question.answerPrefix()).isEqualTo(row.get("ANSWER_PREFIX"));
		}
		assertThat(guide.questions()).extracting(Question::multiple).contains(true, false);
		for (Map<String, Object> row : jdbc.queryForList("select * from pick_option")) {
			PickGuide.Option option = guide.question((String) row.get("QUESTION_SLUG"))
				.orElseThrow()
				.option((String) row.get("SLUG"))
				.orElseThrow();
			assertThat(option.label()).isEqualTo(row.get("LABEL"));
			assertThat(option.phrase()).isEqualTo(row.get("PHRASE"));
		}
		for (Map<String, Object> row : jdbc.queryForList("select * from pick_weight")) {
			PickGuide.Weight weight = guide.question((String) row.get("QUESTION_SLUG"))
				.orElseThrow()
				.option((String) row.get("OPTION_SLUG"))
				.orElseThrow()
				.weight(catalogue.role((String) row.get("ROLE_SLUG")).orElseThrow());
			assertThat(weight).isEqualTo(new PickGuide.Weight((Integer) row.get("WEIGHT"), (String) row.get("NOTE")));
		}
		assertThat(jdbc.queryForList("select note from pick_weight where note is not null", String.class))
			.as("some weights explain themselves")
			.isNotEmpty();
	}

	@Test
	void theToolQuestionOffersEveryToolARoleUsesByCategoryThenName() {
		List<Tool> tools = load().tools();

		assertThat(tools).containsExactlyInAnyOrderElementsOf(
				catalogue.tools().stream().filter(tool -> !catalogue.usesOf(tool).isEmpty()).toList());
		assertThat(tools)
			.isSortedAccordingTo(java.util.Comparator.comparingInt((Tool tool) -> tool.category().position())
				.thenComparing(Tool::name, String.CASE_INSENSITIVE_ORDER));
	}

	@Test
	void anOptionWithoutAWeightForEveryRoleStopsTheStart() {
		jdbc.update("delete from pick_weight where question_slug = 'strength' and role_slug = ?",
				catalogue.roles().get(0).slug());

		assertThatIllegalStateException().isThrownBy(this::load)
			.withMessageStartingWith("How-to-pick option strength=")
			.withMessageContaining("needs one weight for each of");
	}

	@Test
	void aListedQuestionWithoutOptionsStopsTheStart() {
		jdbc.update("insert into pick_question (slug, position, prompt, hint, multiple, options_from, answer_prefix) "
				+ "values ('empty', 99, 'Empty?', 'Nothing to choose.', true, 'LIST', 'you')");

		assertThatIllegalStateException().isThrownBy(this::load)
			.withMessage("How-to-pick question empty: a listed question needs options, a tool question takes the "
					+ "catalogue's tools");
	}

	@Test
	void aToolQuestionWithOptionsOfItsOwnStopsTheStart() {
		String tools = jdbc.queryForObject("select slug from pick_question where options_from = 'TOOLS'", String.class);
		jdbc.update("insert into pick_option (question_slug, slug, position, label, phrase) "
				+ "values (?, 'hammer', 1, 'Hammer', 'a hammer')", tools);
		jdbc.update("insert into pick_weight (question_slug, option_slug, role_slug, weight) "
				+ "select ?, 'hammer', slug, 0 from role", tools);

		assertThatIllegalStateException().isThrownBy(this::load)
			.withMessageStartingWith("How-to-pick question " + tools + ": a listed question needs options");
	}

	@Test
	void aGuideWithoutTheStrengthQuestionStopsTheStart() {
		jdbc.update("delete from pick_weight where question_slug = 'strength'");
		jdbc.update("delete from pick_option where question_slug = 'strength'");
		jdbc.update("delete from pick_question where slug = 'strength'");

		assertThatIllegalStateException().isThrownBy(this::load)
			.withMessage("The how-to-pick guide has no question strength");
	}

	@Test
	void aMissingToolWeightStopsTheStart() {
		jdbc.update("delete from pick_tool_weight where importance = 'SECONDARY'");

		assertThatIllegalStateException().isThrownBy(this::load)
			.withMessage("The how-to-pick guide needs a tool weight for every importance");
	}

	private PickGuide load() {
		return new PickGuideLoader().pickGuide(catalogue, questions, options, weights, toolWeights);
	}

}
