package com.toolkitatlas.catalogue.jpa;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "skill")
public class SkillEntity {

	@Id
	private String slug;

	private String name;

	private String category;

	protected SkillEntity() {
	}

	public String getSlug() {
		return slug;
	}

	public String getName() {
		return name;
	}

	public String getCategory() {
		return category;
	}

}
