package com.toolkitatlas.migration;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import com.toolkitatlas.support.AtlasPostgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new database is built by Flyway's baseline migration
 * ({@code B<version>__catalogue.sql}) in one step instead of by every versioned migration
 * in turn: that script must build exactly the database the versioned migrations build
 * (schema, constraints, indexes, identities and every row), on H2, the embedded default,
 * and on PostgreSQL, production's database; and a database that already has a history
 * must be left as it is.
 */
class BaselineMigrationTest {

	private static final Pattern INTERNAL_WORD = Pattern.compile("(?i)(?<!random )\\bseed");

	private static EmbeddedPostgres postgres;

	@BeforeAll
	static void startPostgres() {
		postgres = AtlasPostgres.start();
	}

	@AfterAll
	static void stopPostgres() throws IOException {
		postgres.close();
	}

	@Test
	void onH2TheBaselineBuildsWhatTheVersionedMigrationsBuild() throws SQLException {
		assertSameDatabase(h2(), h2());
	}

	@Test
	void onPostgresqlTheBaselineBuildsWhatTheVersionedMigrationsBuild() throws SQLException {
		assertSameDatabase(postgres(), postgres());
	}

	@Test
	void onH2ADatabaseWithAHistoryIsLeftAsItIs() throws SQLException {
		assertLeftAsItIs(h2());
	}

	@Test
	void onPostgresqlADatabaseWithAHistoryIsLeftAsItIs() throws SQLException {
		assertLeftAsItIs(postgres());
	}

	@Test
	void theBaselineIsWhatTheWriterWritesForItsVersion() throws IOException, SQLException {
		Resource baseline = baseline();
		MigrationVersion version = BaselineScript.version(baseline);
		List<Resource> migrations = BaselineScript.versionedMigrations()
			.stream()
			.filter((migration) -> BaselineScript.version(migration).compareTo(version) <= 0)
			.toList();
		assertThat(BaselineScript.version(migrations.get(migrations.size() - 1)))
			.as("a versioned migration %s", version)
			.isEqualTo(version);

		DataSource database = h2();
		CatalogueMigrations.versioned(database).target(version).load().migrate();

		assertThat(baseline.getContentAsString(StandardCharsets.UTF_8))
			.as("%s, as WriteBaselineScript writes it (README, \"Changing the content\")", baseline.getFilename())
			.isEqualTo(BaselineScript.write(database, migrations));
	}

	@Test
	void theBaselineSaysNoInternalWord() throws IOException {
		// The kind of the three source documents is a code the catalogue reads, not a
		// word
		// on a page; "random seeds" is the machine learning term.
		String script = baseline().getContentAsString(StandardCharsets.UTF_8).replace("'SEED'", "''");

		assertThat(INTERNAL_WORD.matcher(script).results().map((match) -> match.group())).isEmpty();
	}

	private void assertSameDatabase(DataSource versioned, DataSource fromBaseline) throws SQLException {
		MigrationVersion baselineVersion = BaselineScript.version(baseline());
		CatalogueMigrations.versioned(versioned).load().migrate();
		MigrateResult result = CatalogueMigrations.withBaseline(fromBaseline).load().migrate();

		MigrationInfoService history = CatalogueMigrations.withBaseline(fromBaseline).load().info();
		List<MigrationInfo> applied = List.of(history.applied());
		assertThat(applied.get(0).getType().isBaseline()).as("the first migration applied is the baseline").isTrue();
		assertThat(applied.get(0).getScript()).isEqualTo(baseline().getFilename());
		assertThat(applied).as("nothing at or below the baseline's version but the baseline")
			.filteredOn((migration) -> migration.getVersion().compareTo(baselineVersion) <= 0)
			.hasSize(1);
		assertThat(result.migrationsExecuted).isEqualTo(applied.size());
		assertThat(history.all()).as("the versioned migrations the baseline stands for")
			.filteredOn((migration) -> !migration.getType().isBaseline()
					&& migration.getVersion().compareTo(baselineVersion) <= 0)
			.hasSize((int) BaselineScript.versionedMigrations()
				.stream()
				.filter((migration) -> BaselineScript.version(migration).compareTo(baselineVersion) <= 0)
				.count())
			.extracting(MigrationInfo::getState)
			.containsOnly(MigrationState.BELOW_BASELINE, MigrationState.BASELINE_IGNORED);

		DatabaseContents expected = DatabaseContents.of(versioned);
		DatabaseContents actual = DatabaseContents.of(fromBaseline);
		assertThat(expected.rows()).as("tables").hasSizeGreaterThan(30);
		assertThat(expected.rowCount()).as("rows").isGreaterThan(1000);
		// Lines that differ, not the whole schema twice.
		assertThat(actual.schema()).containsExactlyElementsOf(expected.schema());
		assertThat(actual.rows().keySet()).isEqualTo(expected.rows().keySet());
		for (String table : expected.rows().keySet()) {
			assertThat(actual.rows().get(table)).as(table).isEqualTo(expected.rows().get(table));
		}
	}

	private void assertLeftAsItIs(DataSource database) throws SQLException {
		CatalogueMigrations.versioned(database).load().migrate();
		DatabaseContents before = DatabaseContents.of(database);
		List<String> history = history(database);
		assertThat(history).as("every versioned migration").hasSize(BaselineScript.versionedMigrations().size());

		MigrateResult result = CatalogueMigrations.withBaseline(database).load().migrate();

		assertThat(result.success).isTrue();
		assertThat(result.migrationsExecuted).isZero();
		assertThat(history(database)).isEqualTo(history);
		assertThat(DatabaseContents.of(database)).isEqualTo(before);
	}

	/**
	 * Flyway's history of the database: every migration applied, when, and how it went.
	 */
	private static List<String> history(DataSource database) {
		return List.of(CatalogueMigrations.withBaseline(database).load().info().applied())
			.stream()
			.map((migration) -> migration.getInstalledRank() + " " + migration.getVersion() + " " + migration.getType()
					+ " " + migration.getScript() + " " + migration.getChecksum() + " " + migration.getInstalledOn()
					+ " " + migration.getState())
			.toList();
	}

	/**
	 * The latest baseline migration: the one Flyway builds a new database from. An older
	 * one stays, released, for the databases it built.
	 */
	private static Resource baseline() {
		MigrationInfo latest = List.of(CatalogueMigrations.withBaseline(h2()).load().info().all())
			.stream()
			.filter((migration) -> migration.getType().isBaseline())
			.max(Comparator.comparing(MigrationInfo::getVersion))
			.orElseThrow(() -> new AssertionError("No baseline migration in " + BaselineScript.LOCATION));
		return new ClassPathResource(BaselineScript.LOCATION + "/" + latest.getScript());
	}

	private static DataSource h2() {
		JdbcDataSource database = new JdbcDataSource();
		database.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
		database.setUser("sa");
		return database;
	}

	/** A new database owned by the application's role, as in production. */
	private static DataSource postgres() throws SQLException {
		String name = "atlas_" + UUID.randomUUID().toString().replace("-", "");
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("create database " + name + " owner " + AtlasPostgres.USER);
		}
		return postgres.getDatabase(AtlasPostgres.USER, name);
	}

}
