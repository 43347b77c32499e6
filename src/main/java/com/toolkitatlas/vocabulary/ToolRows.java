package com.toolkitatlas.vocabulary;

import com.toolkitatlas.catalogue.Tool;
import com.toolkitatlas.html.Markup;

/**
 * The rows of the tool index's tables as the page prints them: each tool linked, its cost
 * model, the count of roles that use it and their list. Written here, on each request,
 * rather than by a loop in the template: the index has some ninety rows of five processed
 * elements and seven expressions each, most of the uncached {@code /tools} page
 * (bench/RESULTS.md, "Rendering, sixth round").
 */
public record ToolRows() {

	/** The rows of one category's table, for its {@code tbody}. */
	public String markup(VocabularyIndex.Group<Tool> group) {
		Markup html = new Markup(group.entries().size() * 700);
		for (VocabularyIndex.Entry<Tool> row : group.entries()) {
			Tool tool = row.entry();
			html.tag("\n<tr")
				.attribute("id", "tool-" + tool.slug())
				.tag(">\n<th scope=\"row\">")
				.link("/tools/" + tool.slug(), tool.name())
				.tag("</th>\n<td>")
				.text(tool.costChecked() ? tool.cost().model().label() : "Not checked yet")
				.tag("</td>\n<td class=\"vocabulary-table__count\">")
				// Both cells were written, escaped, by the index (VocabularyIndex.Entry).
				.tag(row.countMarkup())
				.tag("</td>\n<td><ul class=\"inline-list\">")
				.tag(row.rolesMarkup())
				.tag("</ul></td>\n</tr>");
		}
		return html.tag("\n").toString();
	}

}
