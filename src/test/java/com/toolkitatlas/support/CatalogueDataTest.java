package com.toolkitatlas.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * The catalogue's database layer alone: the Flyway migrations on an in-memory H2 database
 * of its own, the JPA entities and repositories, and the start-up loaders that turn them
 * into the catalogue, the how-to-pick guide and the search's short forms. No web layer.
 * Each test runs in a transaction that is rolled back, so a test may change rows to see
 * how the loaders react. Every SQL statement is recorded ({@link RecordedSql}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@DataJpaTest(showSql = false, properties = {
		"spring.jpa.properties.hibernate.session_factory.statement_inspector=com.toolkitatlas.support.RecordedSql",
		"spring.datasource.url=jdbc:h2:mem:catalogue-data-test;DB_CLOSE_DELAY=-1" },
		includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
				pattern = { "com\\.toolkitatlas\\.catalogue\\.Catalogue(Configuration|Loader)",
						"com\\.toolkitatlas\\.pick\\.PickGuideLoader",
						"com\\.toolkitatlas\\.filter\\.SynonymsConfiguration" }))
// A database of its own, through the application's connection pool rather than the
// test's unpooled embedded one: H2 2.4 ties an IN check constraint to the connection
// that created it, and refuses every later insert once Flyway's connection has been
// closed.
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Tag("slice")
public @interface CatalogueDataTest {

}
