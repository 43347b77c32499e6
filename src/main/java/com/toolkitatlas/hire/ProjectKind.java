package com.toolkitatlas.hire;

import java.util.List;
import java.util.Optional;

import com.toolkitatlas.catalogue.Role;

/**
 * A kind of project a team builds, such as fraud detection, and the roles it needs, core
 * first.
 */
public record ProjectKind(String slug, String name, List<ProjectLink> links) {

	public ProjectKind {
		links = List.copyOf(links);
	}

	public Optional<ProjectLink> link(Role role) {
		return links.stream().filter(link -> link.role().equals(role)).findFirst();
	}

	/** The address of the hiring plan for this project alone. */
	public String hireHref() {
		return "/hire?project=" + slug;
	}

}
