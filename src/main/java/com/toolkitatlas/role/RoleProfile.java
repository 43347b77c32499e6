package com.toolkitatlas.role;

import java.util.List;

import com.toolkitatlas.catalogue.Category;
import com.toolkitatlas.catalogue.Links.RoleSkill;
import com.toolkitatlas.catalogue.Links.RoleTool;
import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.catalogue.RolePair;
import com.toolkitatlas.salary.SalaryChart;

/** Everything the profile page of one role shows. */
public record RoleProfile(Role role, List<SkillGroup> skillGroups, List<ToolGroup> toolGroups, SalaryChart salaryChart,
		List<RolePair> pairs) {

	public record SkillGroup(Category category, List<RoleSkill> skills) {
	}

	public record ToolGroup(Category category, List<RoleTool> tools) {
	}
}
