package com.toolkitatlas.hire;

import java.util.List;
import java.util.Locale;

import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.html.Markup;

/**
 * The data and the rule behind {@code /hire}, as the sources page lays them out: every
 * kind of project with the roles it needs and what each link cites, and the stage each
 * role's hiring text ties it to.
 */
public record HireMethod(List<ProjectKind> kinds, List<RoleStage> stages) {

	/**
	 * The table of links as the sources page prints it: a row per kind of project and
	 * role, with the role linked, core or helping, and what the link cites. Written here,
	 * on each request, rather than by nested loops in the template: some thirty rows of
	 * five processed elements each (bench/RESULTS.md, "Rendering, sixth round").
	 */
	public String linkRowsMarkup() {
		Markup html = new Markup(kinds.size() * 1200).tag("\n");
		for (ProjectKind kind : kinds) {
			for (ProjectLink link : kind.links()) {
				html.tag("\n<tr>\n<th scope=\"row\">")
					.text(kind.name())
					.tag("</th>\n<td>")
					.link("/roles/" + link.role().slug(), link.role().name())
					.tag(link.core() ? "</td>\n<td>Core</td>\n<td>" : "</td>\n<td>Helps</td>\n<td>");
				link.writeCitation(html).tag("</td>\n</tr>");
			}
			html.tag("\n");
		}
		return html.tag("\n").toString();
	}

	/**
	 * The stages as the sources page lists them: each role linked, the stage its hiring
	 * text ties it to, and the phrase that does. Written here, on each request, like the
	 * table of links.
	 */
	public String stagesMarkup() {
		Markup html = new Markup(stages.size() * 200);
		for (RoleStage entry : stages) {
			html.tag("\n<li>")
				.link("/roles/" + entry.role().slug(), entry.role().name())
				.tag(":\n")
				.text(entry.lean().stage().label().toLowerCase(Locale.ROOT))
				.tag("\n(&ldquo;")
				.text(entry.lean().hiringPhrase())
				.tag("&rdquo;)</li>");
		}
		return html.tag("\n").toString();
	}

	/** A role whose hiring text ties it to a stage, with the phrase that does. */
	public record RoleStage(Role role, StageLean lean) {
	}

}
