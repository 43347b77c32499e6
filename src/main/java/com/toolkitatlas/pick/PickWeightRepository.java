package com.toolkitatlas.pick;

import org.springframework.data.jpa.repository.JpaRepository;

/** Read once at start-up by the how-to-pick guide's loader. */
interface PickWeightRepository extends JpaRepository<PickWeightEntity, PickWeightEntity.Key> {

}
