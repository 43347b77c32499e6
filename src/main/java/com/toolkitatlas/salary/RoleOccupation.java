package com.toolkitatlas.salary;

/**
 * The official occupation that stands for a role, and whether it is the role's own or a
 * proxy the catalogue chose (with why). The confidence grades the mapping, not the
 * figures.
 */
public record RoleOccupation(Occupation occupation, boolean proxy, String reason, String confidence) {

	/** "Proxy" or "Own occupation", as a label beside the figures. */
	public String status() {
		return proxy ? "Proxy" : "Own occupation";
	}
}
