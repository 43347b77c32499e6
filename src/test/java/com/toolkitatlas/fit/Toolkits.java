package com.toolkitatlas.fit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.toolkitatlas.catalogue.Category;
import com.toolkitatlas.catalogue.Importance;
import com.toolkitatlas.catalogue.Language;
import com.toolkitatlas.catalogue.Links.RoleLanguage;
import com.toolkitatlas.catalogue.Links.RoleSkill;
import com.toolkitatlas.catalogue.Links.RoleTool;
import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.catalogue.SalaryBasis;
import com.toolkitatlas.catalogue.SalaryFigure;
import com.toolkitatlas.catalogue.Skill;
import com.toolkitatlas.catalogue.Tool;
import com.toolkitatlas.catalogue.TestRoles;

/**
 * Small hand-made toolkits for the unit tests of fit and switch: a role is written as its
 * items, "core:" or "secondary:" before each, {@code skill/}, {@code tool/} or
 * {@code language/} naming the kind.
 */
public final class Toolkits {

	public static final Category SKILLS = new Category("skills", "Test skills", 1);

	public static final Category TOOLS = new Category("tools", "Test tools", 1);

	private Toolkits() {
	}

	/**
	 * A role such as {@code role("a", 1, 150_000, "core:skill/x", "secondary:tool/y")}.
	 */
	public static Role role(String slug, int order, int medianUsd, String... items) {
		List<RoleSkill> skills = new ArrayList<>();
		List<RoleTool> tools = new ArrayList<>();
		List<RoleLanguage> languages = new ArrayList<>();
		for (String entry : items) {
			String[] parts = entry.split("[:/]");
			Importance importance = Importance.valueOf(parts[0].toUpperCase());
			switch (parts[1]) {
				case "skill" -> skills.add(new RoleSkill(skill(parts[2]), importance, TestRoles.SOURCE));
				case "tool" -> tools.add(new RoleTool(tool(parts[2]), importance, TestRoles.SOURCE));
				default -> languages.add(new RoleLanguage(language(parts[2]), importance, TestRoles.SOURCE));
			}
		}
		SalaryFigure pay = new SalaryFigure(SalaryBasis.MEDIAN, medianUsd, null, null, null, "US", "May 2024", "label",
				null, true, TestRoles.SOURCE, "2024-05", null, false);
		return new Role(slug, slug.toUpperCase(), slug.toUpperCase(), order, slug, slug, slug, slug, slug, null,
				Map.of(), Map.of(), skills, tools, languages, List.of(), List.of(), List.of(), List.of(), List.of(),
				List.of(pay), List.of(), List.of(), List.of(), List.of(), null);
	}

	public static Skill skill(String slug) {
		return new Skill(slug, slug, SKILLS);
	}

	public static Tool tool(String slug) {
		return new Tool(slug, slug, TOOLS, null);
	}

	public static Language language(String slug) {
		return new Language(slug, slug);
	}

	/** What a person knows, written as {@code "skill/x", "tool/y"}. */
	public static KnownItems known(String... items) {
		return new KnownItems(Arrays.stream(items).map(entry -> {
			String[] parts = entry.split("/");
			return switch (parts[0]) {
				case "skill" -> Item.of(skill(parts[1]));
				case "tool" -> Item.of(tool(parts[1]));
				default -> Item.of(language(parts[1]));
			};
		}).toList());
	}

}
