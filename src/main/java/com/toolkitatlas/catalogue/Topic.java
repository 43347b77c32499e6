package com.toolkitatlas.catalogue;

/**
 * The narrative texts every role carries, one paragraph each. Comparisons, alternatives
 * and the how-to-pick guide are composed from them.
 */
public enum Topic {

	RESPONSIBILITIES("What the work involves"), THEORY("Why the theory matters"), PROJECTS("Typical projects"),
	ONBOARDING("Onboarding"), DOCUMENTATION("Documentation"), TOOLING_ECOSYSTEM("Tooling ecosystem"),
	ERGONOMICS("Day-to-day ergonomics"), SCALABILITY("Scalability"), SPEED("Speed"), RELIABILITY("Reliability"),
	ECOSYSTEM("Ecosystem"), TOOL_COSTS("Tool costs"), INFRASTRUCTURE_COSTS("Infrastructure costs"),
	DEVELOPMENT_TOOLS("Development tools"), IDEAL_FOR("Ideal for"), INDUSTRY_DEMAND("Industry demand"),
	PROJECT_REQUIREMENTS("Project requirements"),
	/**
	 * A clause that starts with "you", finishing "Choose this role if …" and "If …,
	 * consider this role".
	 */
	CHOOSE_IF("Choose it if"), PICK_ADVICE("How to tell it is for you"), WHEN_TO_HIRE("When to hire one"),
	WHY_LOOK_BEYOND("Why people look beyond it");

	private final String label;

	Topic(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
