package com.toolkitatlas.support;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Every SQL statement Hibernate prepares in a {@link CatalogueDataTest}, so a test can
 * count them and see which table each one reads.
 */
public class RecordedSql implements StatementInspector {

	private static final List<String> STATEMENTS = new CopyOnWriteArrayList<>();

	private static final Pattern FIRST_TABLE = Pattern.compile("\\bfrom\\s+([a-z_]+)");

	@Override
	public String inspect(String sql) {
		STATEMENTS.add(sql);
		return sql;
	}

	public static void clear() {
		STATEMENTS.clear();
	}

	public static List<String> statements() {
		return List.copyOf(STATEMENTS);
	}

	/**
	 * The table each statement reads from first: its main table, before any sub-select.
	 */
	public static List<String> tables() {
		return STATEMENTS.stream().map(RecordedSql::table).toList();
	}

	static String table(String sql) {
		Matcher matcher = FIRST_TABLE.matcher(sql.toLowerCase(Locale.ROOT));
		return matcher.find() ? matcher.group(1) : sql;
	}

}
