package com.toolkitatlas.catalogue.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Rows that link a role to a shared catalogue entry, read as values of the role; the
 * loader turns them into the catalogue's own {@code Links}.
 */
public final class RoleLinkRows {

	private RoleLinkRows() {
	}

	@Embeddable
	public record Skill(@Column(name = "skill_slug") String slug, String importance,
			@Column(name = "source_code") String source) {
	}

	@Embeddable
	public record Tool(@Column(name = "tool_slug") String slug, String importance,
			@Column(name = "source_code") String source) {
	}

	@Embeddable
	public record Language(@Column(name = "language_slug") String slug, String importance,
			@Column(name = "source_code") String source) {
	}

	@Embeddable
	public record Company(@Column(name = "company_slug") String slug, int position,
			@Column(name = "source_code") String source) {
	}

	@Embeddable
	public record Alternative(@Column(name = "alternative_slug") String slug, int rank,
			@Column(name = "source_code") String source) {
	}

}
