package com.toolkitatlas.role;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.toolkitatlas.api.Json;
import com.toolkitatlas.api.Json.CategoryRef;
import com.toolkitatlas.api.Json.Cost;
import com.toolkitatlas.api.Json.OccupationRef;
import com.toolkitatlas.api.Json.Salary;
import com.toolkitatlas.api.Json.SourceRef;
import com.toolkitatlas.catalogue.Catalogue;
import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.salary.RoleOccupation;

/** A role as the JSON API returns it: everything its profile page shows. */
public record RoleResource(String slug, String name, String shortName, int displayOrder, String headline,
		String summary, String primaryFocus, String keyResponsibility, String typicalDeliverable, String definitionNote,
		Map<String, String> texts, Map<String, String> notes, List<SkillUse> skills, List<ToolUse> tools,
		List<LanguageUse> languages, List<String> workflows, List<String> theoryFoundations, List<UseCase> useCases,
		List<String> collaborators, List<String> bestFor, List<Salary> salaries, List<HiringCompany> hiringCompanies,
		List<CareerStep> careerSteps, List<Fact> facts, List<String> editorialAlternatives,
		List<OccupationRef> occupations, Map<String, String> links) {

	public static RoleResource of(Role role, Catalogue catalogue, List<RoleOccupation> occupations) {
		Map<String, String> texts = new LinkedHashMap<>();
		role.texts().forEach((topic, body) -> texts.put(Json.camelCase(topic.name()), body));
		Map<String, String> notes = new LinkedHashMap<>();
		role.notes().forEach((topic, note) -> notes.put(Json.camelCase(topic.name()), note));
		return new RoleResource(role.slug(), role.name(), role.shortName(), role.displayOrder(), role.headline(),
				role.summary(), role.primaryFocus(), role.keyResponsibility(), role.typicalDeliverable(),
				role.definitionNote(), texts, notes,
				role.skills()
					.stream()
					.map(link -> new SkillUse(link.skill().slug(), link.skill().name(),
							new CategoryRef(link.skill().category().slug(), link.skill().category().label()),
							Json.importance(link.importance()), link.source().code()))
					.toList(),
				role.tools()
					.stream()
					.map(link -> new ToolUse(link.tool().slug(), link.tool().name(),
							new CategoryRef(link.tool().category().slug(), link.tool().category().label()),
							Json.importance(link.importance()), Cost.of(link.tool()), link.source().code()))
					.toList(),
				role.languages()
					.stream()
					.map(link -> new LanguageUse(link.language().slug(), link.language().name(),
							Json.importance(link.importance()), link.source().code()))
					.toList(),
				role.workflows(), role.theory(),
				role.useCases().stream().map(useCase -> new UseCase(useCase.title(), useCase.example())).toList(),
				role.collaborators(), role.bestFor(), role.salaries().stream().map(Salary::of).toList(),
				role.hiringCompanies()
					.stream()
					.map(hiring -> new HiringCompany(hiring.company().slug(), hiring.company().name(),
							hiring.source().code()))
					.toList(),
				role.careerSteps()
					.stream()
					.map(step -> new CareerStep(step.title(),
							step.follows() == 0 ? null : role.careerSteps().get(step.follows() - 1).title(),
							step.source().code()))
					.toList(),
				role.facts()
					.stream()
					.map(fact -> new Fact(fact.topic(), fact.text(), SourceRef.of(fact.source())))
					.toList(),
				role.editorialAlternatives(), occupations.stream().map(OccupationRef::of).toList(),
				links(role, catalogue));
	}

	private static Map<String, String> links(Role role, Catalogue catalogue) {
		Map<String, String> links = new LinkedHashMap<>();
		links.put("self", "/api/roles/" + role.slug());
		links.put("html", "/roles/" + role.slug());
		links.put("alternatives", "/api/roles/" + role.slug() + "/alternatives");
		catalogue.pairsOf(role)
			.forEach(pair -> links.put("compareWith:" + pair.other(role).slug(),
					"/api/compare?roles=" + pair.first().slug() + "," + pair.second().slug()));
		return links;
	}

	public record SkillUse(String slug, String name, CategoryRef category, String importance, String source) {
	}

	public record ToolUse(String slug, String name, CategoryRef category, String importance, Cost cost, String source) {
	}

	public record LanguageUse(String slug, String name, String importance, String source) {
	}

	public record UseCase(String title, String example) {
	}

	public record HiringCompany(String slug, String name, String source) {
	}

	/**
	 * One step of the career ladder.
	 *
	 * @param follows the title of the step it leads on from (two steps that follow the
	 * same one are the roads of a split), or null for the first step
	 */
	public record CareerStep(String title, String follows, String source) {
	}

	public record Fact(String topic, String text, SourceRef source) {
	}
}
