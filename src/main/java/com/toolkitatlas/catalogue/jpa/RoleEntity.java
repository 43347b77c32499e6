package com.toolkitatlas.catalogue.jpa;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.annotations.ListIndexBase;

/**
 * A role with everything that belongs to it. Each collection is read for all roles at
 * once (one sub-select per table), so loading the catalogue costs one query per table,
 * not per role.
 */
@Entity
@Table(name = "role")
public class RoleEntity {

	@Id
	private String slug;

	private String name;

	@Column(name = "short_name")
	private String shortName;

	@Column(name = "display_order")
	private int displayOrder;

	private String headline;

	private String summary;

	@Column(name = "primary_focus")
	private String primaryFocus;

	@Column(name = "key_responsibility")
	private String keyResponsibility;

	@Column(name = "typical_deliverable")
	private String typicalDeliverable;

	@Column(name = "definition_note")
	private String definitionNote;

	@ElementCollection
	@CollectionTable(name = "role_text", joinColumns = @JoinColumn(name = "role_slug"))
	@MapKeyColumn(name = "topic")
	@Column(name = "body")
	@Fetch(FetchMode.SUBSELECT)
	private Map<String, String> texts;

	@ElementCollection
	@CollectionTable(name = "role_note", joinColumns = @JoinColumn(name = "role_slug"))
	@MapKeyColumn(name = "topic")
	@Column(name = "note")
	@Fetch(FetchMode.SUBSELECT)
	private Map<String, String> notes;

	@ElementCollection
	@CollectionTable(name = "role_skill", joinColumns = @JoinColumn(name = "role_slug"))
	@Fetch(FetchMode.SUBSELECT)
	private Set<RoleLinkRows.Skill> skills;

	@ElementCollection
	@CollectionTable(name = "role_tool", joinColumns = @JoinColumn(name = "role_slug"))
	@Fetch(FetchMode.SUBSELECT)
	private Set<RoleLinkRows.Tool> tools;

	@ElementCollection
	@CollectionTable(name = "role_language", joinColumns = @JoinColumn(name = "role_slug"))
	@Fetch(FetchMode.SUBSELECT)
	private Set<RoleLinkRows.Language> languages;

	@ElementCollection
	@CollectionTable(name = "role_company", joinColumns = @JoinColumn(name = "role_slug"))
	@OrderBy("position")
	@Fetch(FetchMode.SUBSELECT)
	private List<RoleLinkRows.Company> companies;

	@ElementCollection
	@CollectionTable(name = "editorial_alternative", joinColumns = @JoinColumn(name = "role_slug"))
	@OrderBy("rank")
	@Fetch(FetchMode.SUBSELECT)
	private List<RoleLinkRows.Alternative> editorialAlternatives;

	@ElementCollection
	@CollectionTable(name = "role_workflow", joinColumns = @JoinColumn(name = "role_slug"))
	@OrderColumn(name = "position")
	@ListIndexBase(1)
	@Column(name = "name")
	@Fetch(FetchMode.SUBSELECT)
	private List<String> workflows;

	@ElementCollection
	@CollectionTable(name = "role_collaborator", joinColumns = @JoinColumn(name = "role_slug"))
	@OrderColumn(name = "position")
	@ListIndexBase(1)
	@Column(name = "name")
	@Fetch(FetchMode.SUBSELECT)
	private List<String> collaborators;

	@ElementCollection
	@CollectionTable(name = "role_theory", joinColumns = @JoinColumn(name = "role_slug"))
	@OrderColumn(name = "position")
	@ListIndexBase(1)
	@Column(name = "name")
	@Fetch(FetchMode.SUBSELECT)
	private List<String> theory;

	@ElementCollection
	@CollectionTable(name = "role_best_for", joinColumns = @JoinColumn(name = "role_slug"))
	@OrderColumn(name = "position")
	@ListIndexBase(1)
	@Column(name = "text")
	@Fetch(FetchMode.SUBSELECT)
	private List<String> bestFor;

	@ElementCollection
	@CollectionTable(name = "role_use_case", joinColumns = @JoinColumn(name = "role_slug"))
	@OrderColumn(name = "position")
	@ListIndexBase(1)
	@Fetch(FetchMode.SUBSELECT)
	private List<RoleItemRows.UseCase> useCases;

	@ElementCollection
	@CollectionTable(name = "role_career_step", joinColumns = @JoinColumn(name = "role_slug"))
	@OrderColumn(name = "position")
	@ListIndexBase(1)
	@Fetch(FetchMode.SUBSELECT)
	private List<RoleItemRows.CareerStep> careerSteps;

	@ElementCollection
	@CollectionTable(name = "salary_figure", joinColumns = @JoinColumn(name = "role_slug"))
	@OrderColumn(name = "position")
	@ListIndexBase(1)
	@Fetch(FetchMode.SUBSELECT)
	private List<RoleItemRows.SalaryFigure> salaryFigures;

	@ElementCollection
	@CollectionTable(name = "role_fact", joinColumns = @JoinColumn(name = "role_slug"))
	@OrderColumn(name = "position")
	@ListIndexBase(1)
	@Fetch(FetchMode.SUBSELECT)
	private List<RoleItemRows.Fact> facts;

	protected RoleEntity() {
	}

	public String getSlug() {
		return slug;
	}

	public String getName() {
		return name;
	}

	public String getShortName() {
		return shortName;
	}

	public int getDisplayOrder() {
		return displayOrder;
	}

	public String getHeadline() {
		return headline;
	}

	public String getSummary() {
		return summary;
	}

	public String getPrimaryFocus() {
		return primaryFocus;
	}

	public String getKeyResponsibility() {
		return keyResponsibility;
	}

	public String getTypicalDeliverable() {
		return typicalDeliverable;
	}

	public String getDefinitionNote() {
		return definitionNote;
	}

	public Map<String, String> getTexts() {
		return texts;
	}

	public Map<String, String> getNotes() {
		return notes;
	}

	public Set<RoleLinkRows.Skill> getSkills() {
		return skills;
	}

	public Set<RoleLinkRows.Tool> getTools() {
		return tools;
	}

	public Set<RoleLinkRows.Language> getLanguages() {
		return languages;
	}

	public List<RoleLinkRows.Company> getCompanies() {
		return companies;
	}

	public List<RoleLinkRows.Alternative> getEditorialAlternatives() {
		return editorialAlternatives;
	}

	public List<String> getWorkflows() {
		return workflows;
	}

	public List<String> getCollaborators() {
		return collaborators;
	}

	public List<String> getTheory() {
		return theory;
	}

	public List<String> getBestFor() {
		return bestFor;
	}

	public List<RoleItemRows.UseCase> getUseCases() {
		return useCases;
	}

	public List<RoleItemRows.CareerStep> getCareerSteps() {
		return careerSteps;
	}

	public List<RoleItemRows.SalaryFigure> getSalaryFigures() {
		return salaryFigures;
	}

	public List<RoleItemRows.Fact> getFacts() {
		return facts;
	}

}
