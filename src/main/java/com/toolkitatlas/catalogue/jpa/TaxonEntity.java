package com.toolkitatlas.catalogue.jpa;

import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/** A category of a taxonomy: a slug, a label and a place in the list. */
@MappedSuperclass
public abstract class TaxonEntity {

	@Id
	private String slug;

	private String label;

	private int position;

	protected TaxonEntity() {
	}

	public String getSlug() {
		return slug;
	}

	public String getLabel() {
		return label;
	}

	public int getPosition() {
		return position;
	}

}
