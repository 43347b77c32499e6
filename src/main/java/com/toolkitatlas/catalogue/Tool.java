package com.toolkitatlas.catalogue;

import java.util.Arrays;
import java.util.List;

/**
 * A tool; its cost is null until the catalogue has checked it against a licence or
 * pricing page.
 */
public record Tool(String slug, String name, Category category, ToolCost cost) {

	public boolean costChecked() {
		return cost != null;
	}

	/**
	 * How the tool is paid for, with the licence or pricing page that shows it.
	 *
	 * @param checked the date or version of that evidence
	 */
	public record ToolCost(CostModel model, String note, String evidence, String checked) {

		/**
		 * The addresses of the evidence: one page, or several separated by " ; " when the
		 * claim spans them.
		 */
		public List<String> evidenceLinks() {
			return Arrays.stream(evidence.split(" ; ")).map(String::strip).toList();
		}
	}
}
