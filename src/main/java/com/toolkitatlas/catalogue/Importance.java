package com.toolkitatlas.catalogue;

/** How central a skill, tool or language is to a role. */
public enum Importance {

	CORE("Core"), SECONDARY("Secondary");

	private final String label;

	Importance(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
