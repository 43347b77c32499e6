package com.toolkitatlas.catalogue;

/**
 * The list sections of a profile. A role may carry a note on any of them: a caveat, or
 * why it is empty.
 */
public enum ListTopic {

	SKILLS, TOOLS, LANGUAGES, WORKFLOWS, THEORY, USE_CASES, COLLABORATORS, BEST_FOR, SALARY, HIRING_COMPANIES,
	CAREER_PROGRESSION

}
