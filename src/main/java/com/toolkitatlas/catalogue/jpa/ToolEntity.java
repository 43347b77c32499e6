package com.toolkitatlas.catalogue.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "tool")
public class ToolEntity {

	@Id
	private String slug;

	private String name;

	private String category;

	@Column(name = "cost_model")
	private String costModel;

	@Column(name = "cost_note")
	private String costNote;

	@Column(name = "cost_evidence")
	private String costEvidence;

	@Column(name = "cost_checked")
	private String costChecked;

	protected ToolEntity() {
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

	public String getCostModel() {
		return costModel;
	}

	public String getCostNote() {
		return costNote;
	}

	public String getCostEvidence() {
		return costEvidence;
	}

	public String getCostChecked() {
		return costChecked;
	}

}
