package com.toolkitatlas.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * An embedded PostgreSQL server holding an empty {@code atlas} database, set up as in
 * production: the application owns its database but is no superuser. Tests that run the
 * application on PostgreSQL start one per class and stop it with their application
 * context.
 */
public final class AtlasPostgres {

	public static final String USER = "atlas";

	public static final String PASSWORD = "atlas-test";

	private AtlasPostgres() {
	}

	/** Starts a server and creates the application's role and database in it. */
	public static EmbeddedPostgres start() {
		try {
			EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
			try (Connection connection = postgres.getPostgresDatabase().getConnection();
					Statement statement = connection.createStatement()) {
				statement.execute("create role " + USER + " login password '" + PASSWORD + "'");
				statement.execute("create database atlas owner " + USER);
			}
			return postgres;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Points the application's data source at the atlas database on the given port. */
	public static void connect(DynamicPropertyRegistry registry, String host, int port) {
		registry.add("spring.datasource.url", () -> "jdbc:postgresql://" + host + ":" + port + "/atlas");
		registry.add("spring.datasource.username", () -> USER);
		registry.add("spring.datasource.password", () -> PASSWORD);
	}

}
