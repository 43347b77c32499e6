package com.toolkitatlas.catalogue.jpa;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "cost_model")
public class CostModelEntity extends TaxonEntity {

	private String description;

	public String getDescription() {
		return description;
	}

}
