package com.toolkitatlas.migration;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

/**
 * What a database holds, apart from Flyway's history: its schema, line by line (every
 * table; every column with its type, size, nullability, default and whether it is an
 * identity; every constraint with its name, kind, columns and, for a check, its
 * condition; every foreign key with what it refers to and its rules; every index with its
 * columns and uniqueness; where each identity column goes on counting) and every row of
 * every table, sorted. Two databases of the same kind built the same way hold equal
 * contents; names the database makes up itself are compared as they are, since the same
 * statements make the same names.
 *
 * @param schema the schema, one sorted line per table, column, constraint, key or index
 * @param rows every table's rows, each sorted, by table name
 */
record DatabaseContents(List<String> schema, Map<String, List<String>> rows) {

	/** Flyway's history of the migrations applied, left out of the comparison. */
	static final String HISTORY_TABLE = "flyway_schema_history";

	static DatabaseContents of(DataSource database) throws SQLException {
		try (Connection connection = database.getConnection()) {
			String schema = connection.getSchema();
			DatabaseMetaData metaData = connection.getMetaData();
			List<String> lines = new ArrayList<>();
			Map<String, List<String>> rows = new TreeMap<>();
			for (String table : tables(metaData, schema)) {
				lines.add("table " + table);
				columns(metaData, schema, table, lines);
				keys(metaData, schema, table, lines);
				indexes(metaData, schema, table, lines);
				rows.put(lower(table), rows(connection, table));
			}
			constraints(connection, schema, lines);
			identities(connection, schema, lines);
			lines.sort(null);
			return new DatabaseContents(List.copyOf(lines), rows);
		}
	}

	/** How many rows the tables hold together. */
	int rowCount() {
		return this.rows.values().stream().mapToInt(List::size).sum();
	}

	/** Every table but Flyway's history, named as the database's metadata names it. */
	static List<String> tables(DatabaseMetaData metaData, String schema) throws SQLException {
		List<String> tables = new ArrayList<>();
		try (ResultSet result = metaData.getTables(null, schema, "%", new String[] { "TABLE" })) {
			while (result.next()) {
				String table = result.getString("TABLE_NAME");
				if (!lower(table).equals(HISTORY_TABLE)) {
					tables.add(table);
				}
			}
		}
		return tables;
	}

	private static void columns(DatabaseMetaData metaData, String schema, String table, List<String> lines)
			throws SQLException {
		try (ResultSet columns = metaData.getColumns(null, schema, table, "%")) {
			while (columns.next()) {
				lines.add("column " + lower(table) + "." + lower(columns.getString("COLUMN_NAME")) + " #"
						+ columns.getInt("ORDINAL_POSITION") + " " + columns.getString("TYPE_NAME") + "("
						+ columns.getInt("COLUMN_SIZE") + "," + columns.getInt("DECIMAL_DIGITS") + ") nullable "
						+ columns.getString("IS_NULLABLE") + " default " + columns.getString("COLUMN_DEF")
						+ " identity " + columns.getString("IS_AUTOINCREMENT") + " generated "
						+ columns.getString("IS_GENERATEDCOLUMN"));
			}
		}
	}

	private static void keys(DatabaseMetaData metaData, String schema, String table, List<String> lines)
			throws SQLException {
		Map<String, Map<Integer, String>> primary = new TreeMap<>();
		try (ResultSet key = metaData.getPrimaryKeys(null, schema, table)) {
			while (key.next()) {
				primary.computeIfAbsent(key.getString("PK_NAME"), (name) -> new TreeMap<>())
					.put(key.getInt("KEY_SEQ"), lower(key.getString("COLUMN_NAME")));
			}
		}
		primary.forEach((name, columns) -> lines
			.add("primary key " + lower(table) + " " + lower(name) + " (" + String.join(", ", columns.values()) + ")"));
		Map<String, Map<Integer, String>> foreign = new TreeMap<>();
		try (ResultSet key = metaData.getImportedKeys(null, schema, table)) {
			while (key.next()) {
				String name = lower(key.getString("FK_NAME")) + " -> " + lower(key.getString("PKTABLE_NAME")) + " "
						+ lower(key.getString("PK_NAME")) + " on update " + key.getShort("UPDATE_RULE") + " on delete "
						+ key.getShort("DELETE_RULE") + " deferrable " + key.getShort("DEFERRABILITY");
				foreign.computeIfAbsent(name, (any) -> new TreeMap<>())
					.put(key.getInt("KEY_SEQ"),
							lower(key.getString("FKCOLUMN_NAME")) + " = " + lower(key.getString("PKCOLUMN_NAME")));
			}
		}
		foreign.forEach((name, columns) -> lines
			.add("foreign key " + lower(table) + " " + name + " (" + String.join(", ", columns.values()) + ")"));
	}

	private static void indexes(DatabaseMetaData metaData, String schema, String table, List<String> lines)
			throws SQLException {
		Map<String, Map<Integer, String>> indexes = new TreeMap<>();
		try (ResultSet index = metaData.getIndexInfo(null, schema, table, false, false)) {
			while (index.next()) {
				if (index.getString("INDEX_NAME") == null) {
					continue; // table statistics
				}
				String name = lower(index.getString("INDEX_NAME")) + (index.getBoolean("NON_UNIQUE") ? "" : " unique")
						+ " type " + index.getShort("TYPE") + " filter " + index.getString("FILTER_CONDITION");
				indexes.computeIfAbsent(name, (any) -> new TreeMap<>())
					.put((int) index.getShort("ORDINAL_POSITION"),
							lower(index.getString("COLUMN_NAME")) + " " + index.getString("ASC_OR_DESC"));
			}
		}
		indexes.forEach((name, columns) -> lines
			.add("index " + lower(table) + " " + name + " (" + String.join(", ", columns.values()) + ")"));
	}

	/**
	 * Every constraint by name and kind, with its columns and, for a check, its
	 * condition.
	 */
	private static void constraints(Connection connection, String schema, List<String> lines) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(
				"""
						select c.table_name, c.constraint_name, c.constraint_type, k.column_name, k.ordinal_position, h.check_clause
						from information_schema.table_constraints c
						left join information_schema.key_column_usage k on k.constraint_schema = c.constraint_schema
						  and k.constraint_name = c.constraint_name and k.table_name = c.table_name
						left join information_schema.check_constraints h on h.constraint_schema = c.constraint_schema
						  and h.constraint_name = c.constraint_name
						where c.table_schema = ? and lower(c.table_name) <> ?
						order by c.table_name, c.constraint_name, k.ordinal_position""")) {
			statement.setString(1, schema);
			statement.setString(2, HISTORY_TABLE);
			try (ResultSet constraint = statement.executeQuery()) {
				while (constraint.next()) {
					lines.add("constraint " + lower(constraint.getString(1)) + " " + lower(constraint.getString(2))
							+ " " + constraint.getString(3) + " column " + lower(constraint.getString(4)) + " #"
							+ constraint.getInt(5) + " check " + constraint.getString(6));
				}
			}
		}
	}

	/**
	 * Where each identity column goes on counting: the value the next row would get, read
	 * without inserting one (PostgreSQL: the sequence behind it; H2: its base).
	 */
	private static void identities(Connection connection, String schema, List<String> lines) throws SQLException {
		boolean postgres = connection.getMetaData().getDatabaseProductName().equals("PostgreSQL");
		try (PreparedStatement statement = connection
			.prepareStatement("select table_name, column_name" + (postgres ? "" : ", identity_base")
					+ " from information_schema.columns where is_identity = 'YES' and table_schema = ?")) {
			statement.setString(1, schema);
			try (ResultSet identity = statement.executeQuery()) {
				while (identity.next()) {
					String table = lower(identity.getString(1));
					String column = lower(identity.getString(2));
					lines.add("identity " + table + "." + column + " next "
							+ (postgres ? nextPostgresValue(connection, table, column) : identity.getLong(3)));
				}
			}
		}
	}

	private static long nextPostgresValue(Connection connection, String table, String column) throws SQLException {
		String sequence;
		try (PreparedStatement statement = connection.prepareStatement("select pg_get_serial_sequence(?, ?)")) {
			statement.setString(1, table);
			statement.setString(2, column);
			try (ResultSet name = statement.executeQuery()) {
				name.next();
				sequence = name.getString(1);
			}
		}
		try (Statement statement = connection.createStatement();
				ResultSet next = statement.executeQuery(
						"select case when is_called then last_value + 1 else last_value end from " + sequence)) {
			next.next();
			return next.getLong(1);
		}
	}

	private static List<String> rows(Connection connection, String table) throws SQLException {
		List<String> rows = new ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("select * from " + table)) {
			ResultSetMetaData columns = result.getMetaData();
			while (result.next()) {
				Object[] row = new Object[columns.getColumnCount()];
				for (int column = 1; column <= row.length; column++) {
					row[column - 1] = result.getObject(column);
				}
				rows.add(Arrays.deepToString(row));
			}
		}
		rows.sort(null);
		return rows;
	}

	private static String lower(String name) {
		return (name != null) ? name.toLowerCase(Locale.ROOT) : null;
	}

}
