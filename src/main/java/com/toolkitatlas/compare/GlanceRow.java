package com.toolkitatlas.compare;

import java.util.List;

import com.toolkitatlas.catalogue.Citations;
import com.toolkitatlas.catalogue.Source;
import com.toolkitatlas.html.Markup;

/**
 * One row of an at-a-glance table: what it compares, and one cell per role in column
 * order.
 */
public record GlanceRow(String label, List<Cell> cells) {

	/**
	 * Every row of a table as the table prints it, each in its own row group
	 * ({@code <tbody>}): its label across the columns, then a cell per role
	 * ({@link Cell#markup}). Written here rather than by the template: a row was five
	 * processed elements and a loop, and the pair page has ten (bench/RESULTS.md,
	 * "Rendering, eighth round"); the whole body in one writer rather than a loop in the
	 * template and a string per row, cell and entry ("eleventh round").
	 * @param citations the page's numbered sources, or null where the page has none
	 * @param columns how many roles the table compares
	 */
	public static String bodiesMarkup(List<GlanceRow> rows, Citations citations, int columns) {
		Markup html = new Markup(1536 * columns * rows.size());
		for (GlanceRow row : rows) {
			if (html.length() > 0) {
				html.tag("\n");
			}
			html.tag("<tbody>");
			row.write(html, citations, columns);
			html.tag("</tbody>");
		}
		return html.toString();
	}

	private void write(Markup html, Citations citations, int columns) {
		html.tag("\n<tr>\n<th scope=\"rowgroup\"")
			.attribute("colspan", Integer.toString(columns))
			.tag(">")
			.text(label)
			.tag("</th>\n</tr>\n<tr>");
		for (Cell cell : cells) {
			html.tag("\n\n<td>");
			cell.write(html, citations);
			html.tag("</td>");
		}
		html.tag("\n</tr>\n");
	}

	/**
	 * What one role has in one row.
	 *
	 * @param ordered whether the entries are steps in order (a career ladder) rather than
	 * a set
	 * @param detail what a figure measures (basis, region, date), or null
	 * @param source where the entries come from, or null when each comes from the role's
	 * own profile
	 * @param note the catalogue's caveat on this part of the role, or why it is empty;
	 * null if none
	 */
	public record Cell(List<Entry> entries, boolean ordered, String detail, Source source, String note) {

		static Cell of(List<Entry> entries) {
			return new Cell(entries, false, null, null, null);
		}

		/** Whether the cell holds one entry, printed as a paragraph. */
		public boolean single() {
			return entries.size() == 1;
		}

		/** Whether the cell's entries make a list, and not steps in order. */
		public boolean unorderedList() {
			return entries.size() > 1 && !ordered;
		}

		public boolean orderedList() {
			return entries.size() > 1 && ordered;
		}

		/** Whether the cell has nothing to show, not even a note. */
		public boolean blank() {
			return entries.isEmpty() && note == null;
		}

		/**
		 * The cell's content as the table prints it: one entry as a paragraph, several as
		 * a list (numbered for steps in order), then what a figure measures, its source
		 * (a numbered marker where the page lists its sources, a link otherwise), the
		 * catalogue's note, or a word that the sources name nothing. Written here rather
		 * than by the template: a cell was some ten processed elements, six of them
		 * conditions, and the pair page has thirty cells (bench/RESULTS.md, "Rendering,
		 * fifth round").
		 * @param citations the page's numbered sources, or null where the page has none
		 */
		public String markup(Citations citations) {
			Markup html = new Markup(200 + entries.size() * 120);
			write(html, citations);
			return html.toString();
		}

		void write(Markup html, Citations citations) {
			html.tag("\n");
			if (single()) {
				html.tag("<p class=\"glance__single\">");
				entries.get(0).write(html);
				html.tag("</p>\n");
			}
			else if (!entries.isEmpty()) {
				html.tag(ordered ? "<ol class=\"glance__list\">\n" : "<ul class=\"glance__list\">\n");
				for (Entry entry : entries) {
					html.tag("<li>");
					entry.write(html);
					html.tag("</li>\n");
				}
				html.tag(ordered ? "</ol>\n" : "</ul>\n");
			}
			if (detail != null) {
				html.tag("<span class=\"salary-chart__basis\">").text(detail).tag("</span>\n");
			}
			if (source != null) {
				Citations.writeSource(html, citations, source);
			}
			if (note != null) {
				html.tag("<p class=\"glance__note\">").text(note).tag("</p>\n");
			}
			if (blank()) {
				html.tag("<p class=\"muted\">None named in the sources.</p>\n");
			}
		}
	}

	/**
	 * One item of a cell.
	 *
	 * @param href the site's page about it, or null
	 * @param core whether to mark it as central to the role, in a row that mixes core and
	 * secondary entries
	 * @param context what the item is, for screen readers where the name alone says
	 * little ("Go": "language")
	 */
	public record Entry(String text, String href, boolean core, String context) {

		public Entry(String text, String href, boolean core) {
			this(text, href, core, null);
		}

		static Entry plain(String text) {
			return new Entry(text, null, false);
		}

		/**
		 * The entry as a cell prints it: linked where it has a page (with what it is for
		 * screen readers), marked "(core)" where it is. Written here, not by a template
		 * fragment called per entry: the at-a-glance tables hold about a hundred
		 * (bench/RESULTS.md, "Rendering, third round").
		 */
		public String markup() {
			Markup html = new Markup(text.length() + 96);
			write(html);
			return html.toString();
		}

		void write(Markup html) {
			if (href != null) {
				html.tag("<a").attribute("href", href).tag(">").text(text);
				if (context != null) {
					html.tag("<span class=\"visually-hidden\"> (").text(context).tag(")</span>");
				}
				html.tag("</a>");
			}
			else {
				html.tag("<span>").text(text).tag("</span>");
			}
			if (core) {
				html.tag("<span class=\"tag__importance\">(core)</span>");
			}
		}
	}
}
