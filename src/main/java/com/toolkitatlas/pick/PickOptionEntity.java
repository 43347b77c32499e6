package com.toolkitatlas.pick;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One answer a how-to-pick question offers. */
@Entity
@Table(name = "pick_option")
class PickOptionEntity {

	@EmbeddedId
	private Key key;

	private int position;

	private String label;

	private String phrase;

	protected PickOptionEntity() {
	}

	public Key getKey() {
		return key;
	}

	public int getPosition() {
		return position;
	}

	public String getLabel() {
		return label;
	}

	public String getPhrase() {
		return phrase;
	}

	@Embeddable
	public record Key(@Column(name = "question_slug") String question, @Column(name = "slug") String option) {
	}

}
