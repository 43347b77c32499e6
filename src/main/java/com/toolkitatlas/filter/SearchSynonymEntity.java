package com.toolkitatlas.filter;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A term the role search understands and the one catalogue entry it stands for: a role,
 * skill, tool or language.
 */
@Entity
@Table(name = "search_synonym")
class SearchSynonymEntity {

	@Id
	private Integer id;

	private String term;

	@Column(name = "role_slug")
	private String roleSlug;

	@Column(name = "skill_slug")
	private String skillSlug;

	@Column(name = "tool_slug")
	private String toolSlug;

	@Column(name = "language_slug")
	private String languageSlug;

	protected SearchSynonymEntity() {
	}

	public Integer getId() {
		return id;
	}

	public String getTerm() {
		return term;
	}

	public String getRoleSlug() {
		return roleSlug;
	}

	public String getSkillSlug() {
		return skillSlug;
	}

	public String getToolSlug() {
		return toolSlug;
	}

	public String getLanguageSlug() {
		return languageSlug;
	}

}
