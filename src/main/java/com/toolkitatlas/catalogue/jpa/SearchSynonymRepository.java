package com.toolkitatlas.catalogue.jpa;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Read access to the search synonyms; used once, at start-up, to build the search's
 * vocabulary.
 */
public interface SearchSynonymRepository extends JpaRepository<SearchSynonymEntity, Integer> {

}
