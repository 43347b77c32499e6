package com.toolkitatlas.support;

import org.junit.jupiter.api.Assumptions;

/**
 * Every kind of page the site has, each by one typical address. Every page-quality check (valid HTML, axe, console
 * and network, phone width, keyboard, JavaScript off) runs over this list, so a new page type is one line here.
 * A line with a note ("needs issue 3") names a page another branch is building: its checks are skipped with that
 * note until the note is removed after the merge.
 */
public enum PageType {

    HOME("/"),
    ROLES("/roles"),
    FILTERED_ROLES("/roles?tool=kubernetes&skill=ci-cd", "needs issue 5"),
    PROFILE("/roles/ml-engineer"),
    ALTERNATIVES("/roles/ml-engineer/alternatives", "needs issue 4"),
    PAIR("/compare/ml-engineer-vs-backend-engineer", "needs issue 3"),
    SEVERAL_ROLES("/compare?roles=ml-engineer,backend-engineer,data-engineer", "needs issue 3"),
    PICK("/pick", "needs issue 4"),
    PICK_RESULT("/pick?interest=automation&strength=system-operations&tool=kubernetes&lean=production", "needs issue 4"),
    SKILLS("/skills", "needs issue 5"),
    SKILL("/skills/mlops", "needs issue 5"),
    TOOLS("/tools", "needs issue 5"),
    TOOL("/tools/kubernetes", "needs issue 5"),
    SOURCES("/sources"),
    NOT_FOUND("/roles/no-such-role", 404);

    private final String path;
    private final int status;
    private final String pending;

    PageType(String path) {
        this(path, 200, null);
    }

    PageType(String path, String pending) {
        this(path, 200, pending);
    }

    PageType(String path, int status) {
        this(path, status, null);
    }

    PageType(String path, int status, String pending) {
        this.path = path;
        this.status = status;
        this.pending = pending;
    }

    public String path() {
        return path;
    }

    /** The HTTP status the page is sent with: 200, or 404 for the error page. */
    public int status() {
        return status;
    }

    /** Skips the calling test while this page type is still being built on another branch. */
    public PageType built() {
        Assumptions.assumeTrue(pending == null, () -> name() + " " + path + ": " + pending);
        return this;
    }

    @Override
    public String toString() {
        return name() + " " + path;
    }
}
