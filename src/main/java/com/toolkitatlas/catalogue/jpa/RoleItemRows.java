package com.toolkitatlas.catalogue.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Ordered rows that belong to one role only, read as values of the role; the loader turns
 * them into the catalogue's own {@code Items}.
 */
public final class RoleItemRows {

	private RoleItemRows() {
	}

	@Embeddable
	public record UseCase(String title, String example) {
	}

	@Embeddable
	public record CareerStep(String title, @Column(name = "source_code") String source, Integer follows) {
	}

	@Embeddable
	public record Fact(String topic, String text, @Column(name = "source_code") String source) {
	}

	@Embeddable
	public record SalaryFigure(String basis, @Column(name = "amount_usd") Integer amountUsd,
			@Column(name = "low_usd") Integer lowUsd, @Column(name = "high_usd") Integer highUsd,
			@Column(name = "range_label") String rangeLabel, String region, String period, String label, String note,
			boolean headline, @Column(name = "source_code") String source,
			@Column(name = "period_value") String periodValue, @Column(name = "soc_code") String socCode,
			boolean proxy) {
	}

}
