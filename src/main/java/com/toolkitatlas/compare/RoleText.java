package com.toolkitatlas.compare;

import com.toolkitatlas.catalogue.Role;

/**
 * One role's paragraph on a topic, shown next to the other roles' paragraphs on the same
 * topic.
 */
public record RoleText(Role role, String text) {
}
