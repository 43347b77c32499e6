package com.toolkitatlas.salary;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * Which occupation stands for a role, read once at start-up by {@link OccupationsLoader}.
 */
@Entity
@Table(name = "role_occupation")
class RoleOccupationEntity {

	@EmbeddedId
	private Key key;

	@Column(name = "soc_code")
	private String socCode;

	private boolean proxy;

	private String reason;

	private String confidence;

	protected RoleOccupationEntity() {
	}

	Key getKey() {
		return key;
	}

	String getSocCode() {
		return socCode;
	}

	boolean isProxy() {
		return proxy;
	}

	String getReason() {
		return reason;
	}

	String getConfidence() {
		return confidence;
	}

	@Embeddable
	record Key(@Column(name = "role_slug") String role, int position) {
	}

}
