package com.toolkitatlas.operations;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Checks, as soon as the data source exists and before anything uses it, that the
 * database answers. If it does not, start-up stops with a
 * {@link DatabaseUnreachableException}, which {@link DatabaseUnreachableFailureAnalyzer}
 * reports in a sentence instead of the connection pool's, Flyway's and Hibernate's stack
 * traces.
 */
@Component
class DatabaseReachability implements BeanPostProcessor {

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof HikariDataSource dataSource) {
			check(dataSource.getJdbcUrl(), dataSource.getUsername(), dataSource.getPassword(),
					dataSource.getConnectionTimeout());
		}
		return bean;
	}

	static void check(String url, String username, String password, long timeoutMillis) {
		// The same global login timeout the connection pool sets for the driver.
		DriverManager.setLoginTimeout((int) Math.max(1, timeoutMillis / 1000));
		try (Connection connection = DriverManager.getConnection(url, username, password)) {
			connection.isValid(1);
		}
		catch (SQLException e) {
			throw new DatabaseUnreachableException(url, username, e);
		}
	}

}
