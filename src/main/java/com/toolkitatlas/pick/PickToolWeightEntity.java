package com.toolkitatlas.pick;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What a tool someone enjoys is worth to a role, by how central the tool is there. */
@Entity
@Table(name = "pick_tool_weight")
class PickToolWeightEntity {

	@Id
	private String importance;

	private int weight;

	protected PickToolWeightEntity() {
	}

	public String getImportance() {
		return importance;
	}

	public int getWeight() {
		return weight;
	}

}
