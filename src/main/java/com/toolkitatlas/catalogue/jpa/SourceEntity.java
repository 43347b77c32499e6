package com.toolkitatlas.catalogue.jpa;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "source")
public class SourceEntity {

	@Id
	private String code;

	private String kind;

	private String title;

	private String url;

	private String published;

	private String measured;

	private String confidence;

	protected SourceEntity() {
	}

	public String getCode() {
		return code;
	}

	public String getKind() {
		return kind;
	}

	public String getTitle() {
		return title;
	}

	public String getUrl() {
		return url;
	}

	public String getPublished() {
		return published;
	}

	public String getMeasured() {
		return measured;
	}

	public String getConfidence() {
		return confidence;
	}

}
