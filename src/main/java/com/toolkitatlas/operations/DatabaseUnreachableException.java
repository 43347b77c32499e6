package com.toolkitatlas.operations;

import java.sql.SQLException;

/** The database named by the configuration did not accept a connection at start-up. */
class DatabaseUnreachableException extends RuntimeException {

	DatabaseUnreachableException(String url, String username, SQLException cause) {
		super("Cannot connect to the database at " + withoutParameters(url) + " as user \"" + username + "\": "
				+ firstLine(cause.getMessage()), cause);
	}

	/** Parameters of a JDBC URL may hold a password. */
	private static String withoutParameters(String url) {
		int question = url == null ? -1 : url.indexOf('?');
		return question < 0 ? String.valueOf(url) : url.substring(0, question);
	}

	private static String firstLine(String message) {
		if (message == null || message.isBlank()) {
			return "no reason given";
		}
		String line = message.strip().lines().findFirst().orElse(message).strip();
		return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
	}

}
