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

	/**
	 * The rows and columns of some of this matrix's roles, in the order given, each cell
	 * taken from this matrix: a comparison of a few roles reads them from the matrix of
	 * the whole catalogue, worked out once, instead of comparing every two toolkits on
	 * each request (bench/RESULTS.md, "eleventh round").
	 * @throws IllegalArgumentException for a role this matrix does not hold
	 */
	public SimilarityMatrix among(List<Role> chosen) {
		int[] at = new int[chosen.size()];
		for (int i = 0; i < at.length; i++) {
			at[i] = roles.indexOf(chosen.get(i));
			if (at[i] < 0) {
				throw new IllegalArgumentException("Not in this matrix: " + chosen.get(i).slug());
			}
		}
		Row[] picked = new Row[at.length];
		for (int i = 0; i < at.length; i++) {
			Row row = rows.get(at[i]);
			Cell[] cells = new Cell[at.length];
			for (int j = 0; j < at.length; j++) {
				cells[j] = row.cells().get(at[j]);
			}
			picked[i] = new Row(row.role(), List.of(cells));
		}
		return new SimilarityMatrix(List.copyOf(chosen), List.of(picked));
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

	/**
	 * The rows as a comparison of several roles prints them: each role linked to its
	 * profile, then each cell its similarity to the column's role, linked to the two
	 * roles' comparison with the figures spelt out for screen readers and the count of
	 * shared skills and tools beside it, or a dash marked as the same role on the
	 * diagonal. Written here, on each request, rather than by nested loops in the
	 * template: some ten processed elements a cell (bench/RESULTS.md, "eleventh round").
	 */
	public String linkedRowsMarkup() {
		Markup html = new Markup(rows.size() * (96 + 256 * roles.size()));
		for (Row row : rows) {
			Role role = row.role();
			html.tag("\n<tr>\n<th scope=\"row\">").link("/roles/" + role.slug(), role.shortName()).tag("</th>");
			for (Cell cell : row.cells()) {
				if (cell.self()) {
					html.tag("\n<td class=\"matrix__self\">\n<span><span aria-hidden=\"true\">&mdash;</span>"
							+ "<span class=\"visually-hidden\">same role</span></span>\n\n</td>");
					continue;
				}
				Similarity similarity = cell.similarity();
				html.tag("\n<td>\n\n<a")
					.attribute("href", cell.href())
					.tag("\n")
					.tag("aria-label=\"")
					.text(role.shortName() + " and " + cell.other().shortName() + ": " + similarity.percent()
							+ "% similar, " + similarity.shared() + " of " + similarity.either()
							+ " skills and tools shared")
					.tag("\">")
					.text(similarity.percent() + "%")
					.tag("</a>\n<span class=\"matrix__count\">")
					.text(similarity.shared() + " of " + similarity.either())
					.tag("</span>\n</td>");
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
