package com.toolkitatlas.filter;

import java.util.Optional;
import java.util.function.Function;

import com.toolkitatlas.catalogue.Catalogue;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

@Configuration(proxyBeanMethods = false)
@EnableJpaRepositories(basePackageClasses = SearchSynonymRepository.class)
class SynonymsConfiguration {

	/**
	 * Read once at start-up, like the catalogue: synonyms only change with a migration.
	 */
	@Bean
	Synonyms synonyms(SearchSynonymRepository repository, Catalogue catalogue) {
		return new Synonyms(repository.findAll().stream().map(row -> synonym(row, catalogue)).toList());
	}

	private static Synonyms.Synonym synonym(SearchSynonymEntity row, Catalogue catalogue) {
		return new Synonyms.Synonym(row.getTerm(),
				Synonyms.Meaning.of(entry(row.getRoleSlug(), catalogue::role),
						entry(row.getSkillSlug(), catalogue::skill), entry(row.getToolSlug(), catalogue::tool),
						entry(row.getLanguageSlug(), catalogue::language)));
	}

	/**
	 * The entry with this slug, or null where the row names none; an unknown slug fails
	 * start-up.
	 */
	private static <T> T entry(String slug, Function<String, Optional<T>> lookup) {
		if (slug == null) {
			return null;
		}
		return lookup.apply(slug)
			.orElseThrow(() -> new IllegalStateException("A search synonym refers to an unknown entry: " + slug));
	}

}
