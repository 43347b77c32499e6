package com.toolkitatlas.compare;

import java.util.List;

import com.toolkitatlas.catalogue.Overlap;
import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.html.Markup;

/** The similarity of every two of a few roles, one row and one column per role. */
public record SimilarityMatrix(List<Role> roles, List<Row> rows) {

	public static SimilarityMatrix of(List<Role> roles) {
		return new SimilarityMatrix(List.copyOf(roles),
				roles.stream()
					.map(role -> new Row(role, roles.stream().map(other -> cell(role, other)).toList()))
					.toList());
	}

	private static Cell cell(Role role, Role other) {
		return role.equals(other) ? new Cell(other, null, null)
				: new Cell(other, Similarity.of(Overlap.of(role, other)), ComparisonService.pairPath(role, other));
	}

	/**
	 * The header row's cells as the sources page prints them: "Role", then each role's
	 * short name. Written here, on each request, like {@link #rowsMarkup()}.
	 */
	public String headerCellsMarkup() {
		Markup html = new Markup(40 * (roles.size() + 1)).tag("\n<th scope=\"col\">Role</th>");
		for (Role role : roles) {
			html.tag("\n<th scope=\"col\">").text(role.shortName()).tag("</th>");
		}
		return html.tag("\n").toString();
	}

	/**
	 * The rows as the sources page prints them: the role, then its similarity to each
	 * role in per cent, a dash where it meets itself. Written here, on each request,
	 * rather than by nested loops in the template: a cell per two roles with a
	 * conditional each (bench/RESULTS.md, "Rendering, seventh round").
	 */
	public String rowsMarkup() {
		Markup html = new Markup(rows.size() * (40 + 16 * roles.size()));
		for (Row row : rows) {
			html.tag("\n<tr>\n<th scope=\"row\">").text(row.role().shortName()).tag("</th>");
			for (Cell cell : row.cells()) {
				html.tag("\n<td>").text(cell.self() ? "\u2013" : cell.similarity().percent() + "%").tag("</td>");
			}
			html.tag("\n</tr>");
		}
		return html.tag("\n").toString();
	}

	public record Row(Role role, List<Cell> cells) {
	}

	/**
	 * How one role compares with another; on the diagonal, where a role meets itself,
	 * there is no similarity and no link.
	 *
	 * @param href the canonical page of the pair
	 */
	public record Cell(Role other, Similarity similarity, String href) {

		public boolean self() {
			return similarity == null;
		}
	}
}
