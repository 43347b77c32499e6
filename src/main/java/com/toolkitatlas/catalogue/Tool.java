package com.toolkitatlas.catalogue;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import com.toolkitatlas.html.Markup;

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

		private static final String SEPARATOR = " ; ";

		/**
		 * What separates two pieces of evidence, compiled once: {@code String.split}
		 * compiles a separator longer than one character on every call (3 % of an
		 * uncached profile page: bench/RESULTS.md, "Rendering, ninth round").
		 */
		private static final Pattern EVIDENCE_SEPARATOR = Pattern.compile(SEPARATOR, Pattern.LITERAL);

		/**
		 * The addresses of the evidence: one page, or several separated by " ; " when the
		 * claim spans them.
		 */
		public List<String> evidenceLinks() {
			if (!evidence.contains(SEPARATOR)) {
				// Nearly every tool's evidence is one page: no split, no stream.
				return List.of(evidence.strip());
			}
			return Arrays.stream(EVIDENCE_SEPARATOR.split(evidence)).map(String::strip).toList();
		}

		/**
		 * Writes a link to each piece of evidence, separated by commas: "evidence 1",
		 * "evidence 2"... where there are several, {@code onlyLabel} where there is one.
		 */
		public void writeEvidenceLinks(Markup html, String onlyLabel) {
			List<String> links = evidenceLinks();
			for (int i = 0; i < links.size(); i++) {
				html.tag((i > 0) ? ", <a" : "<a")
					.attribute("href", links.get(i))
					.tag(" rel=\"nofollow\">")
					.text((links.size() > 1) ? "evidence " + (i + 1) : onlyLabel)
					.tag("</a>");
			}
		}
	}
}
