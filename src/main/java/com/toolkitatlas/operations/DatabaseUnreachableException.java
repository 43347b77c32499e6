package com.toolkitatlas.operations;

import java.sql.SQLException;
import java.time.Duration;

/** The database named by the configuration did not accept a connection at start-up. */
class DatabaseUnreachableException extends RuntimeException {

	/**
	 * @param waited how long the attempt took: a refusal is immediate, while a server
	 * that accepts the connection and never answers is given up on after the driver's
	 * timeout, which the driver's own message does not always say
	 */
	DatabaseUnreachableException(String url, String username, SQLException cause, Duration waited) {
		super("Cannot connect to the database at " + withoutParameters(url) + " as user \"" + username + "\": "
				+ firstLine(cause.getMessage())
				+ (waited.toSeconds() >= 1 ? " (no answer; gave up after " + waited.toSeconds() + " s)" : ""), cause);
	}

	/** Parameters of a JDBC URL may hold a password. */
	static String withoutParameters(String url) {
		int question = url == null ? -1 : url.indexOf('?');
		return question < 0 ? String.valueOf(url) : url.substring(0, question);
	}

	static String firstLine(String message) {
		if (message == null || message.isBlank()) {
			return "no reason given";
		}
		String line = message.strip().lines().findFirst().orElse(message).strip();
		return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
	}

}
