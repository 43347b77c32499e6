package com.toolkitatlas.hire;

import com.toolkitatlas.catalogue.Role;

/**
 * Someone a role works with, as its profile names them; a role of the catalogue where the
 * collaborator is one.
 *
 * @param role the catalogue's role, or null for people outside it (frontend developers,
 * testers)
 */
public record Collaborator(String name, Role role) {
}
