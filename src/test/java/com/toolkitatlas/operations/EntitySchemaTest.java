package com.toolkitatlas.operations;

import com.toolkitatlas.support.CatalogueDataTest;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.EntityType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * Every JPA entity matches the schema the migrations make on H2: each table and column it
 * maps exists, with a compatible type. The application does not check this at start-up
 * (Hibernate builds its model while Flyway migrates, see {@link BackgroundMigration}), so
 * a mapping that drifts from the migrations fails here instead. PostgresApplicationTest
 * checks the same on PostgreSQL.
 */
@CatalogueDataTest
class EntitySchemaTest {

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void everyEntityMatchesTheMigratedSchema() {
		assertThat(entityManagerFactory.getMetamodel().getEntities()).extracting(EntityType::getName)
			.contains("RoleEntity", "OccupationEntity", "PickQuestionEntity", "SearchSynonymEntity");

		assertThatCode(() -> entityManagerFactory.getSchemaManager().validate()).doesNotThrowAnyException();
	}

}
