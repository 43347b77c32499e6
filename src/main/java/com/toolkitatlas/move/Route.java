package com.toolkitatlas.move;

import com.toolkitatlas.catalogue.Role;

/** The two roles a switch address names, possibly the same one twice. */
public record Route(Role from, Role to) {

	/** Whether the address names one role twice: there is no move to describe. */
	public boolean sameRole() {
		return from.equals(to);
	}

}
