package com.toolkitatlas.catalogue;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.toolkitatlas.catalogue.Links.RoleSkill;
import com.toolkitatlas.catalogue.Links.RoleTool;

/**
 * What two roles share and what only one of them has, over skills and tools together. The
 * similarity is the Jaccard index of the two sets: the entries both have, divided by the
 * entries either has. It ignores importance, so a shared secondary tool counts as much as
 * a shared core one.
 */
public record Overlap(Role first, Role second, List<Skill> sharedSkills, List<Skill> onlyFirstSkills,
		List<Skill> onlySecondSkills, List<Tool> sharedTools, List<Tool> onlyFirstTools, List<Tool> onlySecondTools) {

	public static Overlap of(Role first, Role second) {
		Set<Skill> firstSkills = set(first.skills(), RoleSkill::skill);
		Set<Skill> secondSkills = set(second.skills(), RoleSkill::skill);
		Set<Tool> firstTools = set(first.tools(), RoleTool::tool);
		Set<Tool> secondTools = set(second.tools(), RoleTool::tool);
		Comparator<Skill> bySkillName = Comparator.comparing(Skill::name);
		Comparator<Tool> byToolName = Comparator.comparing(Tool::name);
		return new Overlap(first, second, sorted(firstSkills.stream().filter(secondSkills::contains), bySkillName),
				sorted(firstSkills.stream().filter(skill -> !secondSkills.contains(skill)), bySkillName),
				sorted(secondSkills.stream().filter(skill -> !firstSkills.contains(skill)), bySkillName),
				sorted(firstTools.stream().filter(secondTools::contains), byToolName),
				sorted(firstTools.stream().filter(tool -> !secondTools.contains(tool)), byToolName),
				sorted(secondTools.stream().filter(tool -> !firstTools.contains(tool)), byToolName));
	}

	/**
	 * Shared entries divided by all entries of either role, from 0 (nothing in common) to
	 * 1 (identical).
	 */
	public double similarity() {
		int either = either();
		return either == 0 ? 0 : (double) shared() / either;
	}

	/** The similarity as a whole percentage, as pages show it. */
	public int similarityPercent() {
		return (int) Math.round(similarity() * 100);
	}

	/** The number of skills and tools both roles have. */
	public int shared() {
		return sharedSkills.size() + sharedTools.size();
	}

	/**
	 * The number of skills and tools either role has: the union the similarity divides
	 * by.
	 */
	public int either() {
		return shared() + onlyFirstSkills.size() + onlySecondSkills.size() + onlyFirstTools.size()
				+ onlySecondTools.size();
	}

	private static <L, T> Set<T> set(List<L> links, Function<L, T> entry) {
		return links.stream().map(entry).collect(Collectors.toSet());
	}

	private static <T> List<T> sorted(Stream<T> entries, Comparator<T> order) {
		return entries.sorted(order).toList();
	}
}
