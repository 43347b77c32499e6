package com.toolkitatlas.operations;

import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.transaction.CannotCreateTransactionException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A failed migration is reported by its own message, however deep in the bean that first
 * connected it arrives.
 */
class MigrationFailureAnalyzerTest {

	@Test
	void aFailedMigrationIsReportedByFlywaysMessageFirst() {
		FlywayException migration = new FlywayException("Failed to execute script V999__broken.sql");
		Exception startUp = new BeanCreationException("catalogue", "Factory method 'catalogue' threw exception",
				new CannotCreateTransactionException("Could not open JPA EntityManager for transaction", migration));

		FailureAnalysis analysis = new MigrationFailureAnalyzer().analyze(startUp);

		assertThat(analysis.getDescription())
			.isEqualTo("The database's migrations failed: Failed to execute script V999__broken.sql");
		assertThat(analysis.getAction()).contains("Correct the migration named above");
		assertThat(analysis.getCause()).isSameAs(migration);
	}

	@Test
	void otherFailuresAreLeftToTheirOwnReports() {
		assertThat(new MigrationFailureAnalyzer().analyze(new IllegalStateException("something else"))).isNull();
	}

}
