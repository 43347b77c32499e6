package com.toolkitatlas.hire;

import java.util.List;

import com.toolkitatlas.catalogue.Role;

/**
 * The data and the rule behind {@code /hire}, as the sources page lays them out: every
 * kind of project with the roles it needs and what each link cites, and the stage each
 * role's hiring text ties it to.
 */
public record HireMethod(List<ProjectKind> kinds, List<RoleStage> stages) {

	/** A role whose hiring text ties it to a stage, with the phrase that does. */
	public record RoleStage(Role role, StageLean lean) {
	}

}
