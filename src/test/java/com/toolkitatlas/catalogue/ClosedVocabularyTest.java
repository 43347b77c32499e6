package com.toolkitatlas.catalogue;

import java.util.function.Consumer;

import com.toolkitatlas.support.WebTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The database accepts exactly the names the code knows for its closed vocabularies, so a
 * misspelt topic or section in a migration fails the migration instead of hiding a text
 * or a note. Every row here is rolled back.
 */
@WebTest
@Transactional
class ClosedVocabularyTest {

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void aRoleAndAPairToWriteTo() {
		jdbc.update("insert into role (slug, name, short_name, display_order, headline, summary, primary_focus, "
				+ "key_responsibility, typical_deliverable) values ('vocabulary-test', 'Vocabulary test', "
				+ "'Vocabulary', 1000, 'h', 's', 'p', 'k', 'd')");
		jdbc.update("insert into role_pair (first_slug, second_slug, difference) values "
				+ "((select min(slug) from role where display_order = 1), 'vocabulary-test', 'd')");
	}

	@Test
	void aRoleTextIsOnATopicTheCodeKnows() {
		assertAcceptsExactly(Topic.values(), topic -> jdbc
			.update("insert into role_text (role_slug, topic, body) values ('vocabulary-test', ?, 'b')", topic));
	}

	@Test
	void aRoleNoteIsOnAListTheCodeKnows() {
		assertAcceptsExactly(ListTopic.values(), topic -> jdbc
			.update("insert into role_note (role_slug, topic, note) values ('vocabulary-test', ?, 'n')", topic));
	}

	@Test
	void aPairNoteIsOnASectionOfTheComparison() {
		assertAcceptsExactly(ComparisonSection.values(),
				section -> jdbc.update("insert into pair_note (first_slug, second_slug, section, position, body) "
						+ "select first_slug, second_slug, ?, 1, 'b' from role_pair where second_slug = "
						+ "'vocabulary-test'", section));
	}

	private static void assertAcceptsExactly(Enum<?>[] known, Consumer<String> insert) {
		for (Enum<?> name : known) {
			assertThatCode(() -> insert.accept(name.name())).as(name.name()).doesNotThrowAnyException();
		}
		assertThatThrownBy(() -> insert.accept(known[0].name() + "S"))
			.isInstanceOf(DataIntegrityViolationException.class);
		assertThatThrownBy(() -> insert.accept(known[0].name().toLowerCase()))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

}
