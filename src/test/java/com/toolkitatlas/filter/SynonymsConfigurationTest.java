package com.toolkitatlas.filter;

import java.util.Map;

import com.toolkitatlas.catalogue.Catalogue;
import com.toolkitatlas.catalogue.CatalogueFixture;
import com.toolkitatlas.catalogue.jpa.SearchSynonymRepository;
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
	void everyRowBecomesATermThatStandsForItsEntry() {
		Synonyms synonyms = new SynonymsConfiguration().synonyms(repository, catalogue);

		for (Map<String, Object> row : jdbc.queryForList("select * from search_synonym")) {
			String term = (String) row.get("TERM");
			Synonyms.Meaning meaning = synonyms.lookup(SearchQuery.words(term)).orElseThrow().meaning();
			if (row.get("ROLE_SLUG") != null) {
				assertThat(meaning.roles()).as(term)
					.contains(catalogue.role((String) row.get("ROLE_SLUG")).orElseThrow());
			}
			if (row.get("SKILL_SLUG") != null) {
				assertThat(meaning.skills()).as(term)
					.contains(catalogue.skill((String) row.get("SKILL_SLUG")).orElseThrow());
			}
			if (row.get("TOOL_SLUG") != null) {
				assertThat(meaning.tools()).as(term)
					.contains(catalogue.tool((String) row.get("TOOL_SLUG")).orElseThrow());
			}
			if (row.get("LANGUAGE_SLUG") != null) {
				assertThat(meaning.languages()).as(term)
					.contains(catalogue.language((String) row.get("LANGUAGE_SLUG")).orElseThrow());
			}
		}
		assertThat(synonyms.all()).hasSize(jdbc.queryForList("select term from search_synonym", String.class)
			.stream()
			.map(SearchQuery::words)
			.distinct()
			.toList()
			.size());
	}

	@Test
	void aTermForAnEntryTheCatalogueDoesNotKnowStopsTheStart() {
		assertThatIllegalStateException()
			.isThrownBy(() -> new SynonymsConfiguration().synonyms(repository, CatalogueFixture.catalogue()))
			.withMessageStartingWith("A search synonym refers to an unknown entry: ");
	}

}
