package com.toolkitatlas.role;

import java.util.List;
import java.util.Map;

import com.toolkitatlas.api.Json;
import com.toolkitatlas.api.Json.Salary;
import com.toolkitatlas.catalogue.Links.RoleSkill;
import com.toolkitatlas.catalogue.Links.RoleTool;
import com.toolkitatlas.catalogue.Role;

/** A role in a list: what its card shows, and where to get the rest. */
public record RoleSummary(String slug, String name, String shortName, String headline, String primaryFocus,
		Salary headlineSalary, List<String> coreSkills, List<String> coreTools, Map<String, String> links) {

	public static RoleSummary of(Role role) {
		return new RoleSummary(role.slug(), role.name(), role.shortName(), role.headline(), role.primaryFocus(),
				Salary.of(role.headlineSalary()),
				role.coreSkills().stream().map(RoleSkill::skill).map(skill -> skill.slug()).toList(),
				role.coreTools().stream().map(RoleTool::tool).map(tool -> tool.slug()).toList(),
				Json.links("self", "/api/roles/" + role.slug(), "html", "/roles/" + role.slug()));
	}
}
