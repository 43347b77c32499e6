package com.toolkitatlas.catalogue;

/** What a role uses from the shared catalogue, how central it is, and who says so. */
public final class Links {

    private Links() {
    }

    public record RoleSkill(Skill skill, Importance importance, Source source) {
        public boolean core() {
            return importance == Importance.CORE;
        }
    }

    public record RoleTool(Tool tool, Importance importance, Source source) {
        public boolean core() {
            return importance == Importance.CORE;
        }
    }

    public record RoleLanguage(Language language, Importance importance, Source source) {
        public boolean core() {
            return importance == Importance.CORE;
        }
    }

    public record HiringCompany(Company company, Source source) {
    }
}
