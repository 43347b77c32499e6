package com.toolkitatlas.operations;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Says in one line that the database cannot be reached, and what to check, instead of a
 * stack trace.
 */
class DatabaseUnreachableFailureAnalyzer extends AbstractFailureAnalyzer<DatabaseUnreachableException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DatabaseUnreachableException cause) {
		return new FailureAnalysis(cause.getMessage() + ".",
				"Check that the database server is running and reachable from here, and that SPRING_DATASOURCE_URL, "
						+ "SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD are right.",
				cause);
	}

}
