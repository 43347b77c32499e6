package com.toolkitatlas.catalogue;

import java.util.List;
import java.util.Locale;

/**
 * The sections of a comparison of two roles, in page order, each with the narrative
 * topics it sets side by side. The pair page, its contents list and the start-up check of
 * the notes a pair adds to a section all follow this list, and the database accepts a
 * pair note only for one of these sections; a profile groups its paragraphs the same way.
 */
public enum ComparisonSection {

	AT_A_GLANCE("At a glance", Topic.RESPONSIBILITIES, Topic.THEORY),
	COST("Cost", Topic.TOOL_COSTS, Topic.INFRASTRUCTURE_COSTS, Topic.DEVELOPMENT_TOOLS),
	DEVELOPER_EXPERIENCE("Developer experience", Topic.ONBOARDING, Topic.DOCUMENTATION, Topic.TOOLING_ECOSYSTEM,
			Topic.ERGONOMICS),
	PERFORMANCE("Performance", Topic.SCALABILITY, Topic.SPEED, Topic.RELIABILITY),
	ECOSYSTEM("Ecosystem", Topic.ECOSYSTEM), USE_CASES("Use cases", Topic.PROJECTS), OVERLAP("Skill and tool overlap"),
	VERDICT("Verdict", Topic.IDEAL_FOR, Topic.INDUSTRY_DEMAND, Topic.PROJECT_REQUIREMENTS),
	WHEN_TO_HIRE("When to hire each", Topic.WHEN_TO_HIRE);

	private final String heading;

	private final List<Topic> topics;

	/**
	 * Worked out once: a pair page asks for each section's anchor four times, and making
	 * it from the name each time was over 1 % of the page (bench/RESULTS.md, "Rendering,
	 * sixteenth round").
	 */
	private final String id;

	ComparisonSection(String heading, Topic... topics) {
		this.heading = heading;
		this.topics = List.of(topics);
		this.id = name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** The section's anchor on the page: {@code developer-experience}. */
	public String id() {
		return id;
	}

	public String heading() {
		return heading;
	}

	/** The narrative topics the section sets side by side, in page order. */
	public List<Topic> topics() {
		return topics;
	}

}
