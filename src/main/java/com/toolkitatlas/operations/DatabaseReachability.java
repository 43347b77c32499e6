package com.toolkitatlas.operations;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Checks, as soon as the data source exists and before anything uses it, that the
 * database answers. If it does not, start-up stops with a
 * {@link DatabaseUnreachableException}, which {@link DatabaseUnreachableFailureAnalyzer}
 * reports in a sentence instead of the connection pool's, Flyway's and Hibernate's stack
 * traces. The check connects with the pool's own driver settings, so the driver's
 * connection, login and socket timeouts ({@code application-postgres.yaml}) bound it: a
 * server that accepts connections but never answers stops start-up too, in seconds.
 */
@Component
class DatabaseReachability implements BeanPostProcessor, Ordered {

	/**
	 * Before the pool is put behind the migrations' gate ({@link BackgroundMigration}).
	 */
	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof HikariDataSource dataSource) {
			check(dataSource.getJdbcUrl(), dataSource.getUsername(), dataSource.getPassword(),
					dataSource.getDataSourceProperties());
		}
		return bean;
	}

	static void check(String url, String username, String password, Properties driverSettings) {
		Properties properties = new Properties();
		properties.putAll(driverSettings);
		if (username != null) {
			properties.setProperty("user", username);
		}
		if (password != null) {
			properties.setProperty("password", password);
		}
		long started = System.nanoTime();
		try (Connection connection = DriverManager.getConnection(url, properties)) {
			connection.isValid(2);
		}
		catch (SQLException e) {
			throw new DatabaseUnreachableException(url, username, e, Duration.ofNanos(System.nanoTime() - started));
		}
	}

}
