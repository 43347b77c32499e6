package com.toolkitatlas.operations;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;

/**
 * Runs the Flyway migrations on a thread of their own, while the main thread goes on
 * starting the application: on the embedded H2, Hibernate builds its model of the
 * entities meanwhile, which needs no database (no schema validation at start-up, no JDBC
 * metadata, the database named by {@link HibernateDatabase}). Migrating the in-memory
 * database and building that model were the two longest steps of start-up, one after the
 * other (bench/RESULTS.md, start-up, fifth round). On any other database Hibernate asks
 * it what it is, and so waits for the migrations like everything else.
 * <p>
 * Everything else waits for the migrations at its first connection: the application's
 * data source is handed out behind a gate that opens when they are done, so no query can
 * meet a table not yet made, whichever bean asks first; Flyway alone uses the data source
 * itself. Migrations that fail fail that first connection with Flyway's own exception,
 * and with it start-up. The schema is validated against the entities by the tests
 * (EntitySchemaTest on H2, PostgresApplicationTest on PostgreSQL).
 */
@Component
class BackgroundMigration implements FlywayMigrationStrategy, FlywayConfigurationCustomizer, BeanPostProcessor {

	private final CompletableFuture<Void> migrated = new CompletableFuture<>();

	private volatile boolean started;

	@Override
	public void migrate(Flyway flyway) {
		this.started = true;
		Thread migration = new Thread(() -> {
			try {
				flyway.migrate();
				this.migrated.complete(null);
			}
			catch (Throwable ex) {
				this.migrated.completeExceptionally(ex);
			}
		}, "flyway-migration");
		// Start-up that fails elsewhere must not wait for it.
		migration.setDaemon(true);
		migration.start();
	}

	/** Flyway migrates through the data source itself, not through the gate. */
	@Override
	public void customize(FluentConfiguration configuration) {
		if (configuration.getDataSource() instanceof MigratedDataSource gated) {
			configuration.dataSource(gated.getTargetDataSource());
		}
	}

	/**
	 * Wraps the data source after {@link DatabaseReachability} has checked it (an ordered
	 * post-processor, so it runs first).
	 */
	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		return (bean instanceof DataSource dataSource && !(bean instanceof MigratedDataSource))
				? new MigratedDataSource(dataSource, this) : bean;
	}

	/**
	 * Waits until the migrations are done; rethrows what made them fail. With Flyway
	 * turned off ({@code spring.flyway.enabled=false}: an existing schema), there is
	 * nothing to wait for. Nothing asks for a connection before the migrations have
	 * started: Spring Boot starts them before it creates Hibernate or a JdbcTemplate, and
	 * the health check connects only once the application has started.
	 */
	void awaitMigrations() throws SQLException {
		if (!this.started) {
			return;
		}
		try {
			this.migrated.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new SQLException("Interrupted while waiting for the database's migrations", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			throw new SQLException("The database's migrations failed", ex.getCause());
		}
	}

	/** The application's data source, which answers once the migrations are done. */
	static final class MigratedDataSource extends DelegatingDataSource {

		private final BackgroundMigration migration;

		MigratedDataSource(DataSource dataSource, BackgroundMigration migration) {
			super(dataSource);
			this.migration = migration;
		}

		@Override
		public Connection getConnection() throws SQLException {
			this.migration.awaitMigrations();
			return super.getConnection();
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			this.migration.awaitMigrations();
			return super.getConnection(username, password);
		}

	}

}
