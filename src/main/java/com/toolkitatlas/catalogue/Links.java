package com.toolkitatlas.catalogue;

/** What a role uses from the shared catalogue, how central it is, and who says so. */
public final class Links {

	private Links() {
	}

	/** A role's use of a skill, a tool or a language. */
	public sealed interface Use permits RoleSkill, RoleTool, RoleLanguage {

		Importance importance();

		Source source();

		default boolean core() {
			return importance() == Importance.CORE;
		}

	}

	public record RoleSkill(Skill skill, Importance importance, Source source) implements Use {
	}

	public record RoleTool(Tool tool, Importance importance, Source source) implements Use {
	}

	public record RoleLanguage(Language language, Importance importance, Source source) implements Use {
	}

	public record HiringCompany(Company company, Source source) {
	}

}
