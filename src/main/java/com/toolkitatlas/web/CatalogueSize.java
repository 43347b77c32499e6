package com.toolkitatlas.web;

import com.toolkitatlas.catalogue.Catalogue;

/**
 * How much the catalogue holds, as every page may say it: "compares six career toolkits",
 * "the other five roles", "up to six in one table".
 *
 * @param roles the roles of the catalogue
 * @param pairs the pairs of two roles
 */
public record CatalogueSize(Count roles, Count pairs) {

	public static CatalogueSize of(Catalogue catalogue) {
		return new CatalogueSize(new Count(catalogue.roles().size()), new Count(catalogue.pairs().size()));
	}

	/** Every role but one: the alternatives to a role. */
	public Count otherRoles() {
		return roles.minus(1);
	}

}
