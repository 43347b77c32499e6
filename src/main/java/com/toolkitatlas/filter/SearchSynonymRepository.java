package com.toolkitatlas.filter;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Read access to the search synonyms; used once, at start-up, to build the search's
 * vocabulary.
 */
interface SearchSynonymRepository extends JpaRepository<SearchSynonymEntity, Integer> {

}
