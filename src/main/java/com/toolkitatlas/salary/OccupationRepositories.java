package com.toolkitatlas.salary;

import org.springframework.data.jpa.repository.JpaRepository;

/** Read access to the occupation tables; used once, at start-up. */
final class OccupationRepositories {

	private OccupationRepositories() {
	}

	interface OccupationRows extends JpaRepository<OccupationEntity, String> {

	}

	interface RoleOccupationRows extends JpaRepository<RoleOccupationEntity, RoleOccupationEntity.Key> {

	}

}
