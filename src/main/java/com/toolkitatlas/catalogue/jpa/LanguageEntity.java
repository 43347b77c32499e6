package com.toolkitatlas.catalogue.jpa;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "language")
public class LanguageEntity {

	@Id
	private String slug;

	private String name;

	protected LanguageEntity() {
	}

	public String getSlug() {
		return slug;
	}

	public String getName() {
		return name;
	}

}
