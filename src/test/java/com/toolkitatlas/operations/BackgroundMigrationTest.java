package com.toolkitatlas.operations;

import java.sql.Connection;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The migrations run on a thread of their own, and the application's data source answers
 * only once they are done: a query never meets a table not yet made, and migrations that
 * fail fail the first connection with Flyway's own message.
 */
class BackgroundMigrationTest {

	private final BackgroundMigration migration = new BackgroundMigration();

	@Test
	void aConnectionWaitsForTheMigrationsAndThenSeesTheirTables() throws Exception {
		DataSource database = database("waits");
		CountDownLatch release = new CountDownLatch(1);
		DataSource gated = gate(database);

		migration.migrate(flyway(database, new V1__Table(release)));
		CompletableFuture<Integer> rows = CompletableFuture
			.supplyAsync(() -> new JdbcTemplate(gated).queryForObject("select count(*) from made", Integer.class));

		Thread.sleep(200);
		assertThat(rows).as("still waiting for the migration").isNotDone();
		release.countDown();
		assertThat(rows.get(10, TimeUnit.SECONDS)).isEqualTo(1);
	}

	@Test
	void migrationsThatFailFailTheFirstConnectionWithFlywaysMessage() {
		DataSource database = database("fails");
		DataSource gated = gate(database);

		migration.migrate(flyway(database, new V1__Broken()));

		assertThatExceptionOfType(FlywayException.class).isThrownBy(gated::getConnection)
			.withStackTraceContaining("no such table, on purpose");
	}

	@Test
	void withFlywayTurnedOffNothingIsWaitedFor() throws Exception {
		DataSource gated = gate(database("off"));

		try (Connection connection = gated.getConnection()) {
			assertThat(connection.isValid(1)).isTrue();
		}
	}

	@Test
	void flywayMigratesThroughTheDataSourceItselfNotThroughTheGate() {
		DataSource database = database("flyway");
		FluentConfiguration configuration = Flyway.configure().dataSource(gate(database));

		migration.customize(configuration);

		assertThat(configuration.getDataSource()).isSameAs(database);
	}

	@Test
	void theDataSourceIsWrappedOnce() {
		DataSource gated = gate(database("once"));

		assertThat(migration.postProcessAfterInitialization(gated, "dataSource")).isSameAs(gated);
		assertThat(migration.postProcessAfterInitialization("not a data source", "name"))
			.isEqualTo("not a data source");
	}

	private DataSource gate(DataSource database) {
		Object gated = migration.postProcessAfterInitialization(database, "dataSource");
		assertThat(gated).isInstanceOf(BackgroundMigration.MigratedDataSource.class);
		return (DataSource) gated;
	}

	private static DataSource database(String name) {
		return new SimpleDriverDataSource(new org.h2.Driver(),
				"jdbc:h2:mem:background-migration-" + name + ";DB_CLOSE_DELAY=-1", "sa", "");
	}

	private static Flyway flyway(DataSource database, BaseJavaMigration migration) {
		return Flyway.configure().dataSource(database).locations(new String[0]).javaMigrations(migration).load();
	}

	/** Makes a table with one row, once released. */
	static class V1__Table extends BaseJavaMigration {

		private final CountDownLatch release;

		V1__Table(CountDownLatch release) {
			this.release = release;
		}

		@Override
		public void migrate(Context context) throws Exception {
			assertThat(release.await(10, TimeUnit.SECONDS)).isTrue();
			try (var statement = context.getConnection().createStatement()) {
				statement.execute("create table made (id int)");
				statement.execute("insert into made values (1)");
			}
		}

	}

	static class V1__Broken extends BaseJavaMigration {

		@Override
		public void migrate(Context context) {
			throw new IllegalStateException("no such table, on purpose");
		}

	}

}
