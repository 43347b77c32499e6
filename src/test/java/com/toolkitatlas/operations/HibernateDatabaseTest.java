package com.toolkitatlas.operations;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class HibernateDatabaseTest {

	@Test
	void theEmbeddedH2IsNamedWithTheVersionOfItsDriver() throws SQLException {
		Map<String, Object> properties = customized("jdbc:h2:mem:atlas;DB_CLOSE_DELAY=-1");

		try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:named-version")) {
			DatabaseMetaData running = connection.getMetaData();
			assertThat(properties).containsOnly(entry(HibernateDatabase.METADATA_ACCESS, "false"),
					entry(HibernateDatabase.PRODUCT, running.getDatabaseProductName()),
					entry(HibernateDatabase.MAJOR, String.valueOf(running.getDatabaseMajorVersion())),
					entry(HibernateDatabase.MINOR, String.valueOf(running.getDatabaseMinorVersion())));
		}
	}

	@Test
	void anyOtherDatabaseIsAskedAtStartUpForWhatItIs() {
		assertThat(customized("jdbc:postgresql://db.internal:5432/atlas")).isEmpty();
		assertThat(customized("jdbc:mysql://db.internal/atlas")).isEmpty();
		assertThat(customized("")).isEmpty();
	}

	@Test
	void aDatabaseNamedInTheConfigurationIsLeftAsConfigured() {
		Map<String, Object> properties = new HashMap<>(Map.of(HibernateDatabase.PRODUCT, "PostgreSQL"));

		new HibernateDatabase("jdbc:h2:mem:atlas").customize(properties);

		assertThat(properties).containsOnly(entry(HibernateDatabase.PRODUCT, "PostgreSQL"));
	}

	private static Map<String, Object> customized(String url) {
		Map<String, Object> properties = new HashMap<>();
		new HibernateDatabase(url).customize(properties);
		return properties;
	}

}
