package com.toolkitatlas.operations;

import com.toolkitatlas.support.CatalogueDataTest;

import java.util.List;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.Attribute.PersistentAttributeType;
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

	/**
	 * Hibernate is given no proxy classes ({@link NoEntityProxies}): that holds only
	 * while no entity is reached through a to-one association, which Hibernate would load
	 * through a proxy.
	 */
	@Test
	void noEntityIsReachedThroughAToOneAssociation() {
		List<String> toOne = entityManagerFactory.getMetamodel()
			.getEntities()
			.stream()
			.flatMap(entity -> entity.getAttributes()
				.stream()
				.filter(attribute -> attribute.getPersistentAttributeType() == PersistentAttributeType.MANY_TO_ONE
						|| attribute.getPersistentAttributeType() == PersistentAttributeType.ONE_TO_ONE)
				.map(attribute -> entity.getName() + "." + attribute.getName()))
			.toList();

		assertThat(toOne).isEmpty();
	}

}
