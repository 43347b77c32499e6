package com.toolkitatlas.hire;

import java.util.Arrays;
import java.util.Optional;

/**
 * How far along a project is. It decides between roles that fit the projects equally
 * well: at a first prototype the roles that try ideas out, in production the roles that
 * run them.
 */
public enum Stage {

	PROTOTYPE("prototype", "A first prototype"), PRODUCTION("production", "Running in production");

	private final String slug;

	private final String label;

	Stage(String slug, String label) {
		this.slug = slug;
		this.label = label;
	}

	public String slug() {
		return slug;
	}

	public String label() {
		return label;
	}

	static Optional<Stage> bySlug(String slug) {
		return Arrays.stream(values()).filter(stage -> stage.slug.equals(slug)).findFirst();
	}

}
