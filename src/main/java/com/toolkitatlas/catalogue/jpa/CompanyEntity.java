package com.toolkitatlas.catalogue.jpa;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "company")
public class CompanyEntity {

	@Id
	private String slug;

	private String name;

	protected CompanyEntity() {
	}

	public String getSlug() {
		return slug;
	}

	public String getName() {
		return name;
	}

}
