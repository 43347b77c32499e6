package com.toolkitatlas.vocabulary;

import java.util.List;
import java.util.function.Function;

import com.toolkitatlas.catalogue.Catalogue;
import com.toolkitatlas.catalogue.Catalogue.Usage;
import com.toolkitatlas.catalogue.Category;
import com.toolkitatlas.catalogue.RolePair;
import com.toolkitatlas.catalogue.Skill;
import com.toolkitatlas.catalogue.Tool;
import com.toolkitatlas.web.NotFoundException;
import com.toolkitatlas.web.UserInput;

import org.springframework.stereotype.Service;

/** The skills and tools of the catalogue, each with the roles that use it. */
@Service
public class VocabularyService {

	private final Catalogue catalogue;

	/**
	 * The two indexes, built once: they depend on the catalogue alone, which is loaded at
	 * start-up and only changes with a restart. Built per request, the tool index was a
	 * twentieth of its uncached page (bench/RESULTS.md, "Rendering, fifth round").
	 */
	private final VocabularyIndex<Skill> skills;

	private final VocabularyIndex<Tool> tools;

	public VocabularyService(Catalogue catalogue) {
		this.catalogue = catalogue;
		this.skills = index(catalogue.skillCategories(), catalogue.skills(), Skill::category, catalogue::usesOf,
				VocabularyService::rolesUsing);
		this.tools = index(catalogue.toolCategories(), catalogue.tools(), Tool::category, catalogue::usesOf,
				VocabularyService::rolesUsing);
	}

	public VocabularyIndex<Skill> skills() {
		return skills;
	}

	public VocabularyIndex<Tool> tools() {
		return tools;
	}

	public List<VocabularyResource> skillResources() {
		return VocabularyResource.all(skills(), entry -> VocabularyResource.of(entry.entry(), entry.uses()));
	}

	public List<VocabularyResource> toolResources() {
		return VocabularyResource.all(tools(), entry -> VocabularyResource.of(entry.entry(), entry.uses()));
	}

	public VocabularyResource skillResource(String slug) {
		VocabularyPage<Skill> page = skill(slug);
		return VocabularyResource.of(page.entry(), page.uses());
	}

	public VocabularyResource toolResource(String slug) {
		VocabularyPage<Tool> page = tool(slug);
		return VocabularyResource.of(page.entry(), page.uses());
	}

	public VocabularyPage<Skill> skill(String slug) {
		Skill skill = catalogue.skill(slug)
			.orElseThrow(() -> new NotFoundException("There is no skill called " + UserInput.quote(slug)
					+ ". Every skill the catalogue knows is listed at /skills."));
		return page(skill, catalogue.usesOf(skill), rolesUsing(skill));
	}

	public VocabularyPage<Tool> tool(String slug) {
		Tool tool = catalogue.tool(slug)
			.orElseThrow(() -> new NotFoundException("There is no tool called " + UserInput.quote(slug)
					+ ". Every tool the catalogue knows is listed at /tools."));
		return page(tool, catalogue.usesOf(tool), rolesUsing(tool));
	}

	/** The role filter's address for the roles that use this skill. */
	private static String rolesUsing(Skill skill) {
		return "/roles?skill=" + skill.slug();
	}

	/** The role filter's address for the roles that use this tool. */
	private static String rolesUsing(Tool tool) {
		return "/roles?tool=" + tool.slug();
	}

	private <T> VocabularyPage<T> page(T entry, List<Usage> uses, String filterHref) {
		List<RolePair> pairs = catalogue.pairs()
			.stream()
			.filter(pair -> uses.stream().anyMatch(use -> use.role().equals(pair.first()))
					&& uses.stream().anyMatch(use -> use.role().equals(pair.second())))
			.toList();
		return new VocabularyPage<>(entry, uses, pairs, filterHref);
	}

	private static <T> VocabularyIndex<T> index(List<Category> categories, List<T> entries,
			Function<T, Category> category, Function<T, List<Usage>> uses, Function<T, String> filterHref) {
		return new VocabularyIndex<>(
				Category.group(categories, entries, category)
					.entrySet()
					.stream()
					.map(group -> new VocabularyIndex.Group<>(group.getKey(), group.getValue()
						.stream()
						.map(entry -> new VocabularyIndex.Entry<>(entry, uses.apply(entry), filterHref.apply(entry)))
						.toList()))
					.toList());
	}

}
