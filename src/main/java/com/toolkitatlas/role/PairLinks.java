package com.toolkitatlas.role;

import java.util.List;

import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.catalogue.RolePair;
import com.toolkitatlas.html.Markup;

/**
 * The profile's ways to the other roles as the page prints them: the comparison of the
 * role with each other role and the switch pages each way (the compare picker beside them
 * is {@link com.toolkitatlas.compare.ComparePicker}'s, see {@link ProfilePage}). Written
 * here, once for each role, rather than by the template's loops: some ten processed
 * elements a role each (bench/RESULTS.md, "Rendering, twelfth round").
 *
 * @param pairs the pairs the role belongs to, in the catalogue's order
 */
public record PairLinks(Role role, List<RolePair> pairs) {

	/** A link to each pair's comparison page, the role named first. */
	String comparisonsMarkup() {
		Markup html = new Markup(128 * pairs.size() + 16).tag("\n");
		for (int i = 0; i < pairs.size(); i++) {
			RolePair pair = pairs.get(i);
			html.tag(i == 0 ? "<li>\n" : "\n<li>\n")
				.link(pair.path(), role.shortName() + " vs " + pair.other(role).shortName())
				.tag("\n</li>");
		}
		return html.tag("\n").toString();
	}

	/** A link to the switch page from the role to each other role. */
	String switchesFromMarkup() {
		return switchesMarkup(true);
	}

	/** A link to the switch page from each other role to this one. */
	String switchesToMarkup() {
		return switchesMarkup(false);
	}

	private String switchesMarkup(boolean from) {
		Markup html = new Markup(128 * pairs.size() + 16).tag("\n");
		for (int i = 0; i < pairs.size(); i++) {
			Role other = pairs.get(i).other(role);
			Role start = from ? role : other;
			Role end = from ? other : role;
			html.tag(i == 0 ? "<li>" : "\n<li>")
				.link("/switch/" + start.slug() + "-to-" + end.slug(),
						"From " + start.shortName() + " to " + end.shortName())
				.tag("</li>");
		}
		return html.tag("\n").toString();
	}

}
