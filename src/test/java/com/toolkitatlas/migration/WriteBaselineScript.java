package com.toolkitatlas.migration;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.core.io.Resource;

/**
 * Writes the baseline migration,
 * {@code src/main/resources/db/migration/B<latest>__catalogue.sql}, from an in-memory H2
 * database migrated through every versioned migration. Run it after adding a versioned
 * migration (README, "Changing the content"):
 * {@code ./mvnw test -Dtest=WriteBaselineScript -Datlas.write-baseline=true}. An older
 * baseline stays beside the new one: databases it built name it in their history. Skipped
 * in every other build.
 */
@EnabledIfSystemProperty(named = "atlas.write-baseline", matches = "true")
class WriteBaselineScript {

	@Test
	void writeTheBaseline() throws Exception {
		JdbcDataSource database = new JdbcDataSource();
		database.setURL("jdbc:h2:mem:baseline-writer;DB_CLOSE_DELAY=-1");
		database.setUser("sa");
		CatalogueMigrations.versioned(database).load().migrate();
		List<Resource> migrations = BaselineScript.versionedMigrations();
		Path file = Path.of("src/main/resources", BaselineScript.LOCATION,
				BaselineScript.fileName(BaselineScript.latestVersion()));
		Files.writeString(file, BaselineScript.write(database, migrations), StandardCharsets.UTF_8);
		System.out.println("Wrote " + file);
	}

}
