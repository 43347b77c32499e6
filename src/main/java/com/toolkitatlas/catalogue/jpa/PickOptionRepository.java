package com.toolkitatlas.catalogue.jpa;

import org.springframework.data.jpa.repository.JpaRepository;

/** Read once at start-up by the how-to-pick guide's loader. */
public interface PickOptionRepository extends JpaRepository<PickOptionEntity, PickOptionEntity.Key> {

}
