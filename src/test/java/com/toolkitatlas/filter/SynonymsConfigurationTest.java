package com.toolkitatlas.filter;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.toolkitatlas.catalogue.Catalogue;
import com.toolkitatlas.catalogue.CatalogueFixture;
import com.toolkitatlas.support.CatalogueDataTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** The search's short forms as the migrations define them. */
@CatalogueDataTest
class SynonymsConfigurationTest {

	@Autowired
	Catalogue catalogue;

	@Autowired
	SearchSynonymRepository repository;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyTermStandsForExactlyTheEntriesOfItsRows() {
		Synonyms synonyms = new SynonymsConfiguration().synonyms(repository, catalogue);
		// Rows whose terms fold to the same words are one term standing for all their
		// entries, under the alphabetically first spelling.
		Map<List<String>, List<Map<String, Object>>> byWords = jdbc.queryForList("select * from search_synonym")
			.stream()
			.collect(Collectors.groupingBy(row -> SearchQuery.words((String) row.get("TERM"))));

		for (Map.Entry<List<String>, List<Map<String, Object>>> term : byWords.entrySet()) {
			List<Map<String, Object>> rows = term.getValue();
			Synonyms.Synonym synonym = synonyms.lookup(term.getKey()).orElseThrow();
			String spelling = rows.stream().map(row -> (String) row.get("TERM")).sorted().findFirst().orElseThrow();
			assertThat(synonym.term()).isEqualTo(spelling);
			Synonyms.Meaning meaning = synonym.meaning();
			assertThat(meaning.roles()).as(spelling)
				.containsExactlyInAnyOrderElementsOf(entries(rows, "ROLE_SLUG", catalogue::role));
			assertThat(meaning.skills()).as(spelling)
				.containsExactlyInAnyOrderElementsOf(entries(rows, "SKILL_SLUG", catalogue::skill));
			assertThat(meaning.tools()).as(spelling)
				.containsExactlyInAnyOrderElementsOf(entries(rows, "TOOL_SLUG", catalogue::tool));
			assertThat(meaning.languages()).as(spelling)
				.containsExactlyInAnyOrderElementsOf(entries(rows, "LANGUAGE_SLUG", catalogue::language));
		}
		assertThat(synonyms.all()).hasSize(byWords.size());
		assertThat(byWords.values()).as("some term stands for more than one entry").anyMatch(rows -> rows.size() > 1);
	}

	@Test
	void aTermForAnEntryTheCatalogueDoesNotKnowStopsTheStart() {
		assertThatIllegalStateException()
			.isThrownBy(() -> new SynonymsConfiguration().synonyms(repository, CatalogueFixture.catalogue()))
			.withMessageStartingWith("A search synonym refers to an unknown entry: ");
	}

	/** The entries the rows name in this column, looked up in the catalogue. */
	private static <T> List<T> entries(List<Map<String, Object>> rows, String column,
			Function<String, Optional<T>> lookup) {
		return rows.stream()
			.map(row -> (String) row.get(column))
			.filter(Objects::nonNull)
			.map(slug -> lookup.apply(slug).orElseThrow())
			.distinct()
			.toList();
	}

}
