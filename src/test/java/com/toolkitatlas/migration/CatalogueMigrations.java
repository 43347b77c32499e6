package com.toolkitatlas.migration;

import java.util.Map;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Flyway as the application configures it ({@code spring.flyway.locations}), on the
 * versioned path alone or with the baseline migration.
 */
final class CatalogueMigrations {

	private CatalogueMigrations() {
	}

	/** Every versioned migration in turn: the baseline's prefix matches no file. */
	static FluentConfiguration versioned(DataSource database) {
		return Flyway.configure()
			.configuration(Map.of("flyway.baselineMigrationPrefix", "NO_BASELINE_"))
			.dataSource(database)
			.locations("classpath:" + BaselineScript.LOCATION);
	}

	/** As the application migrates: a new database from the baseline. */
	static FluentConfiguration withBaseline(DataSource database) {
		return Flyway.configure().dataSource(database).locations("classpath:" + BaselineScript.LOCATION);
	}

}
