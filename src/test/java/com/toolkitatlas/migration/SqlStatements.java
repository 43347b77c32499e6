package com.toolkitatlas.migration;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The statements of a migration as the project writes them: plain SQL, statements ended
 * by a semicolon, strings in single quotes (a quote doubled inside), comments from two
 * dashes to the end of the line. Comments are left out; a statement's own line breaks and
 * indentation are kept.
 */
final class SqlStatements {

	private SqlStatements() {
	}

	static List<String> of(String sql) {
		List<String> statements = new ArrayList<>();
		StringBuilder statement = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < sql.length(); i++) {
			char c = sql.charAt(i);
			if (quoted) {
				statement.append(c);
				quoted = c != '\'';
			}
			else if (c == '\'') {
				statement.append(c);
				quoted = true;
			}
			else if (c == '-' && i + 1 < sql.length() && sql.charAt(i + 1) == '-') {
				while (i + 1 < sql.length() && sql.charAt(i + 1) != '\n') {
					i++;
				}
				// the spaces before a comment
				while (!statement.isEmpty() && statement.charAt(statement.length() - 1) == ' ') {
					statement.setLength(statement.length() - 1);
				}
			}
			else if (c == ';') {
				add(statements, statement);
			}
			else if (c == '/' && i + 1 < sql.length() && sql.charAt(i + 1) == '*') {
				throw new IllegalArgumentException("Block comments are not read here: " + statement);
			}
			else {
				statement.append(c);
			}
		}
		if (quoted) {
			throw new IllegalArgumentException("A string is not closed: " + statement);
		}
		add(statements, statement);
		return statements;
	}

	private static void add(List<String> statements, StringBuilder statement) {
		String text = statement.toString().strip().replaceAll("\n\\s*\n", "\n");
		if (!text.isEmpty()) {
			statements.add(text);
		}
		statement.setLength(0);
	}

	/** A statement that makes or changes a table, a constraint or an index. */
	static boolean changesSchema(String statement) {
		return firstWord(statement).matches("create|alter|drop|comment");
	}

	/** A statement that writes rows. */
	static boolean changesData(String statement) {
		return firstWord(statement).matches("insert|update|delete|merge");
	}

	private static String firstWord(String statement) {
		return statement.split("\\s", 2)[0].toLowerCase(Locale.ROOT);
	}

}
