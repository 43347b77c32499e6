package com.toolkitatlas.support;

/**
 * Every kind of page the site has, each by one typical address. Every page-quality check
 * (valid HTML, axe, console and network, phone width, keyboard, JavaScript off) runs over
 * this list, so a new page type is one line here.
 */
public enum PageType {

	HOME("/"), ROLES("/roles"), FILTERED_ROLES("/roles?tool=kubernetes&skill=ci-cd"), ROLES_BY_PAY("/roles?sort=pay"),
	PROFILE("/roles/ml-engineer"), ALTERNATIVES("/roles/ml-engineer/alternatives"),
	PAIR("/compare/ml-engineer-vs-backend-engineer"),
	SEVERAL_ROLES("/compare?roles=ml-engineer,backend-engineer,data-engineer"), PICK("/pick"),
	PICK_RESULT("/pick?interest=automation&strength=system-operations&tool=kubernetes&lean=production"), HIRE("/hire"),
	HIRE_PLAN("/hire?project=fraud-detection&project=data-pipelines&stage=production"),
	SEARCH_USE_CASE("/roles?q=fraud+detection"), SKILLS("/skills"), SKILL("/skills/mlops"), TOOLS("/tools"),
	TOOL("/tools/kubernetes"), SOURCES("/sources"), API_REFERENCE("/api"), NOT_FOUND("/roles/no-such-role", 404),
	FIT("/fit"),
	// Addresses of what a person knows are in their canonical order (the form's, see
	// KnownItems); other spellings are redirected to it.
	FIT_RESULT(
			"/fit?skill=mlops&tool=pytorch&tool=postgresql&tool=kubernetes&tool=docker&language=python&language=sql"),
	SWITCH("/switch/backend-engineer-to-ml-engineer"), SWITCH_KNOWN(
			"/switch/backend-engineer-to-ml-engineer?skill=deep-learning&skill=mlops&tool=pytorch&tool=mlflow&tool=docker&language=python");

	private final String path;

	private final int status;

	PageType(String path) {
		this(path, 200);
	}

	PageType(String path, int status) {
		this.path = path;
		this.status = status;
	}

	public String path() {
		return path;
	}

	/** The HTTP status the page is sent with: 200, or 404 for the error page. */
	public int status() {
		return status;
	}

	@Override
	public String toString() {
		return name() + " " + path;
	}

}
