package com.toolkitatlas.catalogue;

import java.util.List;

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
		RoleBuilder role = new RoleBuilder(slug, order);
		skills.forEach(skill -> role.skill(skill, Importance.CORE));
		tools.forEach(tool -> role.tool(tool, Importance.CORE));
		return role.build();
	}

}
