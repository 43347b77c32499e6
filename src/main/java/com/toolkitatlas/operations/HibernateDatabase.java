package com.toolkitatlas.operations;

import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

/**
 * Tells Hibernate that the database is the embedded H2, when the data source's JDBC
 * address says so, so that it builds its model of the entities without a connection while
 * Flyway migrates ({@link BackgroundMigration}): the version is the one of the driver on
 * the class path, which is the database itself. Any other database (PostgreSQL in
 * production) is asked at start-up as usual, once the migrations are done, so that
 * Hibernate writes SQL for the version actually running. Read from the address, not from
 * a profile, so that no configuration can give one database's dialect to another.
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
		if (!this.url.startsWith("jdbc:h2:") || properties.containsKey(PRODUCT)) {
			return;
		}
		// As text, as if configured: Hibernate reads the versions as strings.
		properties.put(METADATA_ACCESS, "false");
		properties.put(PRODUCT, "H2");
		properties.put(MAJOR, "2");
		properties.put(MINOR, "4");
	}

}
