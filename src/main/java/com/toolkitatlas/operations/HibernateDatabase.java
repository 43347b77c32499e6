package com.toolkitatlas.operations;

import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

/**
 * Tells Hibernate which database it works with, read from the data source's JDBC address,
 * so that it builds its model of the entities without a connection while Flyway migrates
 * ({@link BackgroundMigration}). Only the two databases the application is built and
 * tested on are named: the embedded H2 (the version of the driver on the class path) and
 * PostgreSQL (the oldest version it runs on; the SQL Hibernate writes for it runs on
 * every later one). On any other, Hibernate asks the database at start-up as usual, once
 * the migrations are done. Read from the address, not from a profile, so that a
 * PostgreSQL address given without the {@code postgres} profile still gets PostgreSQL's
 * dialect.
 */
@Component
class HibernateDatabase implements HibernatePropertiesCustomizer {

	static final String METADATA_ACCESS = "hibernate.boot.allow_jdbc_metadata_access";

	static final String PRODUCT = "jakarta.persistence.database-product-name";

	static final String MAJOR = "jakarta.persistence.database-major-version";

	static final String MINOR = "jakarta.persistence.database-minor-version";

	private final String url;

	HibernateDatabase(@Value("${spring.datasource.url:}") String url) {
		this.url = url;
	}

	@Override
	public void customize(Map<String, Object> properties) {
		Named database = named(this.url);
		if (database == null || properties.containsKey(PRODUCT)) {
			return;
		}
		// As text, as if configured: Hibernate reads the versions as strings.
		properties.put(METADATA_ACCESS, "false");
		properties.put(PRODUCT, database.product());
		properties.put(MAJOR, String.valueOf(database.major()));
		properties.put(MINOR, String.valueOf(database.minor()));
	}

	/** The database at this JDBC address, or null where it is not one named here. */
	static Named named(String url) {
		if (url.startsWith("jdbc:h2:")) {
			return new Named("H2", 2, 4);
		}
		if (url.startsWith("jdbc:postgresql:")) {
			return new Named("PostgreSQL", 15, 0);
		}
		return null;
	}

	/**
	 * A database as Hibernate names it.
	 *
	 * @param product its product name, as its JDBC driver reports it
	 * @param major its major version
	 * @param minor its minor version
	 */
	record Named(String product, int major, int minor) {
	}

}
