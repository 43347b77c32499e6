package com.toolkitatlas.operations;

import org.flywaydb.core.api.FlywayException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Says first which migration failed and why. The migrations run in the background
 * ({@link BackgroundMigration}), so their failure reaches start-up through whichever bean
 * first asked the database for a connection, several exceptions deep; this puts Flyway's
 * own message (the script, the statement, the database's error) at the top instead.
 */
class MigrationFailureAnalyzer extends AbstractFailureAnalyzer<FlywayException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, FlywayException cause) {
		return new FailureAnalysis("The database's migrations failed: " + cause.getMessage(),
				"Correct the migration named above (or the database it ran against), then start again. A migration "
						+ "that has been released is never edited: a new one corrects it.",
				cause);
	}

}
