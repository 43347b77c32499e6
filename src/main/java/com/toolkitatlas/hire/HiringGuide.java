package com.toolkitatlas.hire;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.catalogue.RolePair;
import com.toolkitatlas.catalogue.Topic;

/**
 * The catalogue's knowledge for hiring: the kinds of project in their order, the stage
 * each role's hiring text ties it to, and each role's collaborators. Immutable, read once
 * at start-up. A link whose hiring phrase is not in the role's "when to hire" text, or a
 * role no project needs, cannot be built, so an incomplete migration fails start-up
 * rather than reach a page.
 */
public final class HiringGuide {

	private final List<Role> roles;

	private final List<RolePair> pairs;

	private final Map<String, ProjectKind> kinds;

	private final Map<Role, StageLean> leans;

	private final Map<Role, List<Collaborator>> collaborators;

	/**
	 * @param roles every role of the catalogue, in display order
	 * @param pairs every pair of two roles, whose comparisons a plan links to
	 * @param kinds the kinds of project, in the order the form lists them
	 */
	public HiringGuide(List<Role> roles, List<RolePair> pairs, List<ProjectKind> kinds, Map<Role, StageLean> leans,
			Map<Role, List<Collaborator>> collaborators) {
		this.roles = List.copyOf(roles);
		this.pairs = List.copyOf(pairs);
		Map<String, ProjectKind> bySlug = new LinkedHashMap<>();
		kinds.forEach(kind -> bySlug.put(kind.slug(), kind));
		this.kinds = Collections.unmodifiableMap(bySlug);
		this.leans = Map.copyOf(leans);
		this.collaborators = Map.copyOf(collaborators);
		check();
	}

	private void check() {
		for (ProjectKind kind : kinds.values()) {
			for (ProjectLink link : kind.links()) {
				if (!link.citesUseCase()) {
					requireInHiringText(link.role(), link.hiringPhrase(), "Project " + kind.slug());
				}
			}
		}
		leans.forEach((role, lean) -> requireInHiringText(role, lean.hiringPhrase(), "Stage " + lean.stage()));
		for (Role role : roles) {
			if (kinds.values().stream().allMatch(kind -> kind.link(role).isEmpty())) {
				throw new IllegalStateException("No kind of project needs " + role.slug()
						+ ": every role needs at least one, or /hire could never suggest it");
			}
		}
	}

	private static void requireInHiringText(Role role, String phrase, String where) {
		String text = role.text(Topic.WHEN_TO_HIRE);
		if (text == null || !text.contains(phrase)) {
			throw new IllegalStateException(
					where + " cites “" + phrase + "”, which is not in the hiring text of " + role.slug());
		}
	}

	public List<Role> roles() {
		return roles;
	}

	/** The kinds of project, in form order. */
	public List<ProjectKind> kinds() {
		return List.copyOf(kinds.values());
	}

	public Optional<ProjectKind> kind(String slug) {
		return Optional.ofNullable(kinds.get(slug));
	}

	/** The stage the role's hiring text ties it to, if it ties it to one. */
	public Optional<StageLean> lean(Role role) {
		return Optional.ofNullable(leans.get(role));
	}

	/** The role's collaborators, in profile order. */
	public List<Collaborator> collaborators(Role role) {
		return collaborators.getOrDefault(role, List.of());
	}

	/** The kinds of project that need the role, in form order. */
	public List<ProjectKind> kindsFor(Role role) {
		return kinds.values().stream().filter(kind -> kind.link(role).isPresent()).toList();
	}

	/** The address of the comparison of two different roles. */
	public Optional<String> comparisonHref(Role a, Role b) {
		return pairs.stream()
			.filter(pair -> !a.equals(b) && pair.contains(a) && pair.contains(b))
			.findFirst()
			.map(RolePair::path);
	}

}
