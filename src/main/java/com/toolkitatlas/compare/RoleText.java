package com.toolkitatlas.compare;

import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.html.Markup;

/**
 * One role's paragraph on a topic, shown next to the other roles' paragraphs on the same
 * topic.
 *
 * @param markup the paragraph escaped for an element's content, empty where the role has
 * none: worked out once from the catalogue, so that a page prints it rather than escaping
 * the same paragraph on every request (bench/RESULTS.md, "the pair page, second pass")
 */
public record RoleText(Role role, String text, String markup) {

	public RoleText(Role role, String text) {
		this(role, text, text == null ? "" : new Markup(text.length() + 64).text(text).toString());
	}

}
