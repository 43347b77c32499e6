package com.toolkitatlas.catalogue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

import com.toolkitatlas.catalogue.Items.CareerStep;
import com.toolkitatlas.catalogue.Items.Fact;
import com.toolkitatlas.catalogue.Items.UseCase;
import com.toolkitatlas.catalogue.Links.HiringCompany;
import com.toolkitatlas.catalogue.Links.RoleLanguage;
import com.toolkitatlas.catalogue.Links.RoleSkill;
import com.toolkitatlas.catalogue.Links.RoleTool;

/**
 * One career toolkit with everything the catalogue knows about it. Immutable: the
 * catalogue only changes with a migration, so it is read once at start-up. Skills, tools
 * and languages are sorted core first.
 *
 * @param definitionNote where public sources use the title differently from the
 * catalogue, or null
 * @param editorialAlternatives slugs of the other roles in an editorial order, empty
 * where the catalogue has none
 */
public record Role(String slug, String name, String shortName, int displayOrder, String headline, String summary,
		String primaryFocus, String keyResponsibility, String typicalDeliverable, String definitionNote,
		Map<Topic, String> texts, Map<ListTopic, String> notes, List<RoleSkill> skills, List<RoleTool> tools,
		List<RoleLanguage> languages, List<String> workflows, List<String> theory, List<UseCase> useCases,
		List<String> collaborators, List<String> bestFor, List<SalaryFigure> salaries,
		List<HiringCompany> hiringCompanies, List<CareerStep> careerSteps, List<Fact> facts,
		List<String> editorialAlternatives, Source editorialSource) {

	/**
	 * The slug's hash: roles are keys of maps looked up on every request (the hiring
	 * guide's stage and collaborators of each role), and a record's own hash code hashes
	 * every component, down to each skill, tool, salary figure and source of the role: 3
	 * to 5 % of an uncached hiring plan (bench/RESULTS.md, "Rendering, sixth round").
	 * Equal roles have equal slugs, so this agrees with {@link #equals}.
	 */
	@Override
	public int hashCode() {
		return slug.hashCode();
	}

	/** The role's paragraph on a topic; every role has one on every topic. */
	public String text(Topic topic) {
		return texts.get(topic);
	}

	/**
	 * The clause that finishes "Choose this role if …" and "If …, consider this role".
	 */
	public String chooseIf() {
		return text(Topic.CHOOSE_IF);
	}

	/** How to tell the role is for you. */
	public String pickAdvice() {
		return text(Topic.PICK_ADVICE);
	}

	/** Why people look beyond the role. */
	public String whyLookBeyond() {
		return text(Topic.WHY_LOOK_BEYOND);
	}

	/** The caveat on a section, or why it is empty; null if there is none. */
	public String note(ListTopic topic) {
		return notes.get(topic);
	}

	/** The figure shown on cards and in comparisons. */
	public SalaryFigure headlineSalary() {
		for (SalaryFigure figure : salaries) {
			if (figure.headline()) {
				return figure;
			}
		}
		throw new NoSuchElementException(name + " has no headline salary");
	}

	/**
	 * The career ladder level by level: each level holds the steps that lead on from the
	 * same step, so a split shows as one level of several steps.
	 */
	public List<Items.CareerRung> careerLadder() {
		Map<Integer, List<CareerStep>> byFollows = new LinkedHashMap<>();
		careerSteps.forEach(step -> byFollows.computeIfAbsent(step.follows(), f -> new ArrayList<>()).add(step));
		return byFollows.entrySet()
			.stream()
			.map(level -> new Items.CareerRung(level.getKey() == 0 ? null : careerSteps.get(level.getKey() - 1),
					List.copyOf(level.getValue())))
			.toList();
	}

	/*
	 * The core links are picked by a loop rather than a stream: a record cannot keep
	 * them, and the pair page asks for a role's core tools and skills a few times a
	 * request, where a stream's pipeline was some 2 % of the page (bench/RESULTS.md,
	 * "Rendering, seventeenth round").
	 */

	public List<RoleSkill> coreSkills() {
		List<RoleSkill> core = new ArrayList<>(skills.size());
		for (RoleSkill link : skills) {
			if (link.core()) {
				core.add(link);
			}
		}
		return Collections.unmodifiableList(core);
	}

	/** The first core skills, as a card shows them. */
	public List<RoleSkill> topSkills() {
		return coreSkills().stream().limit(4).toList();
	}

	public List<RoleTool> coreTools() {
		List<RoleTool> core = new ArrayList<>(tools.size());
		for (RoleTool link : tools) {
			if (link.core()) {
				core.add(link);
			}
		}
		return Collections.unmodifiableList(core);
	}

	public List<RoleLanguage> coreLanguages() {
		return languages.stream().filter(RoleLanguage::core).toList();
	}

	public Optional<RoleSkill> skill(String skillSlug) {
		return skills.stream().filter(link -> link.skill().slug().equals(skillSlug)).findFirst();
	}

	public Optional<RoleTool> tool(String toolSlug) {
		return tools.stream().filter(link -> link.tool().slug().equals(toolSlug)).findFirst();
	}

	public Optional<RoleLanguage> language(String languageSlug) {
		return languages.stream().filter(link -> link.language().slug().equals(languageSlug)).findFirst();
	}

	public boolean hasEditorialAlternatives() {
		return !editorialAlternatives.isEmpty();
	}
}
