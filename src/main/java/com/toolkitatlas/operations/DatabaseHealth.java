package com.toolkitatlas.operations;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.jdbc.DataSourceUnwrapper;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Whether the database answers, as last checked in the background: the health endpoint
 * reads the last result and never waits for the database, so it answers at once whatever
 * the database does, and never holds a request worker. An outage logs one line when it
 * starts and one when it ends.
 * <p>
 * The site does not need its database once started: the catalogue is read into memory at
 * start-up and every page is served from there. So the database is part of the overall
 * health ({@code /actuator/health}, for people and dashboards), but neither of liveness
 * (restarting would not help) nor of readiness (an instance serves every page without it;
 * taking every instance out of the load balancer during a database outage would turn it
 * into a site outage). What an outage does prevent is starting a new instance.
 */
@Component("database")
class DatabaseHealth implements HealthIndicator, SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(DatabaseHealth.class);

	/** How long the database has to answer a validation query. */
	private static final int VALIDATION_SECONDS = 2;

	private final DataSource dataSource;

	private final String url;

	private final Duration interval;

	private volatile Health health = Health.up().build();

	private volatile ScheduledExecutorService checks;

	DatabaseHealth(DataSource dataSource, @Value("${atlas.database.check-interval:10s}") Duration interval) {
		this.dataSource = dataSource;
		// The pool behind the migrations' gate (BackgroundMigration).
		HikariDataSource hikari = DataSourceUnwrapper.unwrap(dataSource, HikariDataSource.class);
		this.url = hikari != null ? DatabaseUnreachableException.withoutParameters(hikari.getJdbcUrl()) : "configured";
		this.interval = interval;
	}

	@Override
	public Health health() {
		return health;
	}

	/** Checks the database now, and logs a line if it changed its mind. */
	void check() {
		Health now = probe();
		Health before = health;
		health = now;
		if (!now.getStatus().equals(before.getStatus())) {
			if (now.getStatus().equals(Status.UP)) {
				log.info("The database at {} answers again", url);
			}
			else {
				log.warn("The database at {} does not answer: {}. Pages are still served from memory; a new "
						+ "instance cannot start until it answers", url, now.getDetails().get("error"));
			}
		}
	}

	private Health probe() {
		try (Connection connection = dataSource.getConnection()) {
			if (connection.isValid(VALIDATION_SECONDS)) {
				return Health.up().build();
			}
			return Health.down()
				.withDetail("error", "no answer to a validation query within " + VALIDATION_SECONDS + " s")
				.build();
		}
		catch (SQLException | RuntimeException e) {
			return Health.down().withDetail("error", DatabaseUnreachableException.firstLine(driverMessage(e))).build();
		}
	}

	/**
	 * The driver's own words: the pool's timeout names the driver's last failure as its
	 * cause.
	 */
	private static String driverMessage(Exception failure) {
		Throwable deepest = failure;
		for (Throwable cause = failure.getCause(); cause != null && cause != deepest; cause = cause.getCause()) {
			if (cause instanceof SQLException) {
				deepest = cause;
			}
		}
		return deepest.getMessage();
	}

	@Override
	public void start() {
		ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(task -> {
			Thread thread = new Thread(task, "database-health");
			thread.setDaemon(true);
			return thread;
		});
		executor.scheduleWithFixedDelay(this::check, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
		checks = executor;
	}

	@Override
	public void stop() {
		ScheduledExecutorService executor = checks;
		if (executor != null) {
			executor.shutdownNow();
		}
		checks = null;
	}

	@Override
	public boolean isRunning() {
		return checks != null;
	}

}
