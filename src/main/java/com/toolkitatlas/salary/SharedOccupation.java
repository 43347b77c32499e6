package com.toolkitatlas.salary;

import java.util.List;

import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.web.English;

/**
 * An official occupation that stands for several roles, which therefore show the very
 * same figures: one measurement of the whole occupation, not one for each role.
 */
public record SharedOccupation(Occupation occupation, List<Role> roles) {

	public SharedOccupation {
		roles = List.copyOf(roles);
	}

	/** "Backend Engineer and DevOps Engineer". */
	public String names() {
		return English.list(roles.stream().map(Role::name).toList());
	}

	/**
	 * What a profile says of an occupation it shares, naming the other roles:
	 * {@code roles} holds those others.
	 */
	public String onProfile() {
		return occupation.codeAndTitle() + " also stands for the " + names() + ", so its wage distribution and "
				+ "outlook on this page are the same figures as on "
				+ (roles.size() == 1 ? "that role's page" : "theirs")
				+ ": one measurement of the whole occupation, not a separate one of each role.";
	}

	/** What a comparison says of roles that share an occupation, naming them all. */
	public String inComparison() {
		return names() + " share " + occupation.codeAndTitle() + ", so their rows show one and the same "
				+ "measurement of that occupation, not " + English.number(roles.size()) + " separate ones.";
	}

}
