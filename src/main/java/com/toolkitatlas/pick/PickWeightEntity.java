package com.toolkitatlas.pick;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * How much one answer of the how-to-pick guide raises or lowers one role, and what to say
 * about it.
 */
@Entity
@Table(name = "pick_weight")
class PickWeightEntity {

	@EmbeddedId
	private Key key;

	private int weight;

	private String note;

	protected PickWeightEntity() {
	}

	public Key getKey() {
		return key;
	}

	public int getWeight() {
		return weight;
	}

	public String getNote() {
		return note;
	}

	@Embeddable
	public record Key(@Column(name = "question_slug") String question, @Column(name = "option_slug") String option,
			@Column(name = "role_slug") String role) {
	}

}
