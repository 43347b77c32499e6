package com.toolkitatlas.pick;

import java.util.List;

import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.html.Markup;

/** The weights behind the how-to-pick ranking, as /sources lays them out for checking. */
public record PickMethod(List<Role> roles, List<WeightTable> tables, List<ToolWeight> toolWeights) {

	/**
	 * The header row's cells of every weights table as the sources page prints them:
	 * "Answer", then each role's short name. Written here, on each request: a loop in
	 * each of the tables (bench/RESULTS.md, "Rendering, seventh round").
	 */
	public String headerCellsMarkup() {
		Markup html = new Markup(40 * (roles.size() + 1)).tag("\n<th scope=\"col\">Answer</th>");
		for (Role role : roles) {
			html.tag("\n<th scope=\"col\">").text(role.shortName()).tag("</th>");
		}
		return html.tag("\n").toString();
	}

	/** One listed question: a row per option, a column per role. */
	public record WeightTable(String question, String prompt, List<Row> rows) {

		/**
		 * The rows as the sources page prints them: the option, then its weight for each
		 * role, signed ("+3", "0", "−1"). Written here, on each request, rather than by
		 * nested loops in the template: a cell per option and role, some hundred with a
		 * conditional each (bench/RESULTS.md, "Rendering, sixth round"). The minus sign
		 * is written as {@code &minus;}, so that the builder stays one byte a character
		 * (thirteenth round, h19b).
		 */
		public String rowsMarkup() {
			Markup html = new Markup(rows.size() * 200);
			for (Row row : rows) {
				html.tag("\n<tr>\n<th scope=\"row\">").text(row.label()).tag("</th>");
				for (int weight : row.weights()) {
					html.tag("\n<td>").signed(weight).tag("</td>");
				}
				html.tag("\n</tr>");
			}
			return html.tag("\n").toString();
		}

	}

	public record Row(String option, String label, List<Integer> weights) {
	}

	/** What a tool someone enjoys is worth where it is core or secondary. */
	public record ToolWeight(String importance, int weight) {
	}
}
