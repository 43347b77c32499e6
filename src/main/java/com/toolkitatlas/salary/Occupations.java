package com.toolkitatlas.salary;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.catalogue.SalaryFigure;

/**
 * Every role's official occupations, main one first, read once at start-up. Every role
 * has at least one: start-up fails otherwise.
 */
public final class Occupations {

	private final Map<String, List<RoleOccupation>> byRole;

	private final List<Occupation> all;

	public Occupations(Map<String, List<RoleOccupation>> byRole, List<Occupation> all) {
		this.byRole = Map.copyOf(byRole);
		this.all = List.copyOf(all);
	}

	/** The role's occupations, main one first. */
	public List<RoleOccupation> of(Role role) {
		return byRole.getOrDefault(role.slug(), List.of());
	}

	/** The occupation whose figures stand for the role in charts and comparisons. */
	public RoleOccupation main(Role role) {
		return of(role).get(0);
	}

	/** The projected growth of the role's main occupation, as a summary states it. */
	public JobOutlook outlook(Role role) {
		return JobOutlook.of(main(role));
	}

	/**
	 * Each of the role's occupations that also stands for other roles, with those others
	 * in the order given.
	 */
	public List<SharedOccupation> sharedBy(Role role, List<Role> roles) {
		return of(role).stream()
			.map(mapping -> new SharedOccupation(mapping.occupation(),
					roles.stream()
						.filter(other -> !other.equals(role))
						.filter(other -> of(other).stream()
							.anyMatch(theirs -> theirs.occupation().socCode().equals(mapping.occupation().socCode())))
						.toList()))
			.filter(shared -> !shared.roles().isEmpty())
			.toList();
	}

	/** Every occupation the catalogue holds, by SOC code. */
	public List<Occupation> all() {
		return all;
	}

	/**
	 * The role's mapping to the occupation a salary figure measures, if it measures one:
	 * a figure of a proxy occupation is a proxy.
	 */
	public Optional<RoleOccupation> measuredBy(Role role, SalaryFigure figure) {
		return of(role).stream().filter(mapping -> mapping.occupation().socCode().equals(figure.socCode())).findFirst();
	}

}
