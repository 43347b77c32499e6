package com.toolkitatlas.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.TestPropertySource;

/**
 * The whole application with a seventh role added by a test-only migration
 * ({@code src/test/resources/db/seventh-role}), as a later migration would add a real
 * one, in a database of its own. Every class with this annotation shares one application
 * context. A feature that adds data every role must have adds the seventh role's rows to
 * that migration.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@TestPropertySource(properties = { SeventhRole.MIGRATIONS, SeventhRole.DATABASE })
public @interface SeventhRole {

	/** The application's migrations, then the seventh role's. */
	String MIGRATIONS = "spring.flyway.locations=classpath:db/migration,classpath:db/seventh-role";

	/**
	 * A database of its own: the application's in-memory database outlives its context,
	 * so migrating it to the seventh role would give every later context of the same JVM
	 * seven roles.
	 */
	String DATABASE = "spring.datasource.url=jdbc:h2:mem:atlas-seventh-role;DB_CLOSE_DELAY=-1";

	/** The seventh role's slug. */
	String SLUG = "site-reliability-engineer";

}
