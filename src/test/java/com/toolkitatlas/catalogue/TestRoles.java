package com.toolkitatlas.catalogue;

import java.util.List;
import java.util.Map;

import com.toolkitatlas.catalogue.Links.RoleSkill;
import com.toolkitatlas.catalogue.Links.RoleTool;

/**
 * Small hand-made roles for unit tests of the computations, independent of the seeded
 * catalogue.
 */
public final class TestRoles {

	public static final Source SOURCE = new Source("T1", false, "Test source", "https://example.org", "2026", "tests",
			"A");

	public static final Category SKILLS = new Category("test-skills", "Test skills", 1);

	public static final Category TOOLS = new Category("test-tools", "Test tools", 1);

	private TestRoles() {
	}

	public static Skill skill(String slug) {
		return new Skill(slug, slug.toUpperCase(), SKILLS);
	}

	public static Tool tool(String slug) {
		return new Tool(slug, slug.toUpperCase(), TOOLS, null);
	}

	/** A role with the given skills and tools, all core, and nothing else. */
	public static Role role(String slug, int order, List<Skill> skills, List<Tool> tools) {
		return new Role(slug, slug, slug, order, slug, slug, slug, slug, slug, null, Map.of(), Map.of(),
				skills.stream().map(skill -> new RoleSkill(skill, Importance.CORE, SOURCE)).toList(),
				tools.stream().map(tool -> new RoleTool(tool, Importance.CORE, SOURCE)).toList(), List.of(), List.of(),
				List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
				null);
	}

}
