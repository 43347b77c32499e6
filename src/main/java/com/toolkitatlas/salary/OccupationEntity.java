package com.toolkitatlas.salary;

import java.math.BigDecimal;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

/** An occupation with its figures, read once at start-up by {@link OccupationsLoader}. */
@Entity
@Table(name = "occupation")
class OccupationEntity {

	@Id
	@Column(name = "soc_code")
	private String socCode;

	private String title;

	@ElementCollection
	@CollectionTable(name = "occupation_figure", joinColumns = @JoinColumn(name = "soc_code"))
	@Fetch(FetchMode.SUBSELECT)
	private Set<Figure> figures;

	protected OccupationEntity() {
	}

	String getSocCode() {
		return socCode;
	}

	String getTitle() {
		return title;
	}

	Set<Figure> getFigures() {
		return figures;
	}

	@Embeddable
	record Figure(String measure, BigDecimal amount, boolean approximate,
			@Column(name = "period_label") String periodLabel, @Column(name = "period_value") String periodValue,
			@Column(name = "source_code") String source, String agreeing) {
	}

}
