package com.toolkitatlas.migration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.flywaydb.core.api.MigrationVersion;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Writes Flyway's baseline migration of the catalogue: one script that builds a new
 * database at the latest version in one step, instead of running every versioned
 * migration in turn. The schema part is every schema statement of the versioned
 * migrations, in their order and as written (comments left out), so that each database
 * names its constraints, columns and identities as the versioned path does; the data part
 * is the final rows of every table, read from a database the versioned migrations have
 * built, one multi-row insert per table, tables in the order their foreign keys need.
 * {@link BaselineMigrationTest} checks that the two paths build the same database on H2
 * and on PostgreSQL; {@link WriteBaselineScript} writes the file.
 */
final class BaselineScript {

	/** Where the versioned migrations and the baseline are. */
	static final String LOCATION = "db/migration";

	/** The prefix Flyway gives baseline migrations (its default). */
	static final String PREFIX = "B";

	private BaselineScript() {
	}

	/** The versioned migrations, in the order Flyway applies them. */
	static List<Resource> versionedMigrations() {
		try {
			List<Resource> migrations = new ArrayList<>(List
				.of(new PathMatchingResourcePatternResolver().getResources("classpath*:" + LOCATION + "/V*__*.sql")));
			migrations.sort(Comparator.comparing(BaselineScript::version));
			return migrations;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The version a migration's file name gives, {@code 71} for {@code V71__x.sql}. */
	static MigrationVersion version(Resource migration) {
		String name = migration.getFilename();
		return MigrationVersion.fromVersion(name.substring(1, name.indexOf("__")));
	}

	/** The latest version of the versioned migrations. */
	static MigrationVersion latestVersion() {
		List<Resource> migrations = versionedMigrations();
		return version(migrations.get(migrations.size() - 1));
	}

	/** The baseline's file name for the given version. */
	static String fileName(MigrationVersion version) {
		return PREFIX + version + "__catalogue.sql";
	}

	/**
	 * The baseline script of a database that the given versioned migrations have built.
	 * @param migrated a database migrated through exactly these migrations
	 * @param migrations the versioned migrations, in order
	 */
	static String write(DataSource migrated, List<Resource> migrations) throws SQLException {
		MigrationVersion version = version(migrations.get(migrations.size() - 1));
		StringBuilder script = new StringBuilder();
		script.append("-- The catalogue at version ")
			.append(version)
			.append(" in one step, for a new database: Flyway runs this baseline migration\n")
			.append("-- instead of V")
			.append(version(migrations.get(0)))
			.append(" to V")
			.append(version)
			.append(", and a database that already has a history ignores it. Written by\n")
			.append("-- WriteBaselineScript from a database the versioned migrations built; do not edit it by hand,\n")
			.append("-- write it again (README, \"Changing the content\"). BaselineMigrationTest checks that it builds\n")
			.append("-- the same database as the versioned migrations, on H2 and on PostgreSQL.\n\n")
			.append("-- The schema: the schema statements of the versioned migrations, in their order.\n\n");
		for (Resource migration : migrations) {
			for (String statement : SqlStatements.of(read(migration))) {
				if (SqlStatements.changesSchema(statement)) {
					script.append(statement).append(";\n\n");
				}
				else if (!SqlStatements.changesData(statement)) {
					throw new IllegalStateException(
							migration.getFilename() + " has a statement that is neither schema nor data: " + statement);
				}
			}
		}
		script.append("-- The rows, as the versioned migrations leave them.\n");
		try (Connection connection = migrated.getConnection()) {
			for (String table : tablesInInsertOrder(connection)) {
				appendRows(connection, table, script);
			}
		}
		return script.toString();
	}

	private static String read(Resource migration) {
		try {
			return migration.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Every table but Flyway's history, each after the tables its foreign keys refer to,
	 * otherwise by name.
	 */
	private static List<String> tablesInInsertOrder(Connection connection) throws SQLException {
		DatabaseMetaData metaData = connection.getMetaData();
		String schema = connection.getSchema();
		Map<String, Set<String>> references = new LinkedHashMap<>();
		for (String table : DatabaseContents.tables(metaData, schema)) {
			references.put(table.toLowerCase(Locale.ROOT), new LinkedHashSet<>());
		}
		for (Map.Entry<String, Set<String>> table : references.entrySet()) {
			try (ResultSet keys = metaData.getImportedKeys(null, schema, name(metaData, table.getKey()))) {
				while (keys.next()) {
					String referenced = keys.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
					if (!referenced.equals(table.getKey())) {
						table.getValue().add(referenced);
					}
				}
			}
		}
		List<String> ordered = new ArrayList<>();
		List<String> left = new ArrayList<>(references.keySet());
		left.sort(Comparator.naturalOrder());
		while (!left.isEmpty()) {
			String next = left.stream()
				.filter(table -> ordered.containsAll(references.get(table)))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("Foreign keys in a cycle among " + left));
			ordered.add(next);
			left.remove(next);
		}
		return ordered;
	}

	/** A table's name as the database's metadata spells it. */
	private static String name(DatabaseMetaData metaData, String table) throws SQLException {
		return metaData.storesUpperCaseIdentifiers() ? table.toUpperCase(Locale.ROOT) : table;
	}

	private static void appendRows(Connection connection, String table, StringBuilder script) throws SQLException {
		List<String> key = primaryKey(connection, table);
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(
						"select * from " + table + (key.isEmpty() ? "" : " order by " + String.join(", ", key)))) {
			ResultSetMetaData columns = rows.getMetaData();
			List<String> names = new ArrayList<>();
			for (int column = 1; column <= columns.getColumnCount(); column++) {
				names.add(columns.getColumnName(column).toLowerCase(Locale.ROOT));
			}
			String separator = "\n";
			int count = 0;
			while (rows.next()) {
				if (count == 0) {
					script.append("\ninsert into ")
						.append(table)
						.append(" (")
						.append(String.join(", ", names))
						.append(") values");
				}
				script.append(separator).append('(');
				for (int column = 1; column <= columns.getColumnCount(); column++) {
					if (column > 1) {
						script.append(", ");
					}
					script.append(literal(rows, column, columns.getColumnType(column), table));
				}
				script.append(')');
				separator = ",\n";
				count++;
			}
			if (count > 0) {
				script.append(";\n");
			}
		}
		appendIdentityRestarts(connection, table, script);
	}

	private static List<String> primaryKey(Connection connection, String table) throws SQLException {
		DatabaseMetaData metaData = connection.getMetaData();
		Map<Integer, String> columns = new TreeMap<>();
		try (ResultSet key = metaData.getPrimaryKeys(null, connection.getSchema(), name(metaData, table))) {
			while (key.next()) {
				columns.put(key.getInt("KEY_SEQ"), key.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
			}
		}
		return List.copyOf(columns.values());
	}

	/**
	 * An identity column goes on from where the versioned migrations left it, so that a
	 * later migration's rows get the numbers they would have got.
	 */
	private static void appendIdentityRestarts(Connection connection, String table, StringBuilder script)
			throws SQLException {
		try (var statement = connection.prepareStatement("select column_name, identity_base "
				+ "from information_schema.columns where is_identity = 'YES' and table_schema = ? and table_name = ?")) {
			statement.setString(1, connection.getSchema());
			statement.setString(2, name(connection.getMetaData(), table));
			try (ResultSet identities = statement.executeQuery()) {
				while (identities.next()) {
					script.append("\nalter table ")
						.append(table)
						.append(" alter column ")
						.append(identities.getString(1).toLowerCase(Locale.ROOT))
						.append(" restart with ")
						.append(identities.getLong(2))
						.append(";\n");
				}
			}
		}
	}

	private static String literal(ResultSet rows, int column, int type, String table) throws SQLException {
		Object value = rows.getObject(column);
		if (value == null) {
			return "null";
		}
		return switch (type) {
			case Types.VARCHAR, Types.CHAR, Types.LONGVARCHAR, Types.CLOB, Types.NVARCHAR ->
				"'" + rows.getString(column).replace("'", "''") + "'";
			case Types.INTEGER, Types.SMALLINT, Types.BIGINT, Types.TINYINT -> Long.toString(rows.getLong(column));
			case Types.NUMERIC, Types.DECIMAL -> ((BigDecimal) value).toPlainString();
			case Types.BOOLEAN, Types.BIT -> Boolean.toString(rows.getBoolean(column));
			default -> throw new IllegalStateException("No literal for " + table + "'s column "
					+ rows.getMetaData().getColumnName(column) + " of JDBC type " + type + " yet");
		};
	}

}
