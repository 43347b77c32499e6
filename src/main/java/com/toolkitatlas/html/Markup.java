package com.toolkitatlas.html;

/**
 * A small HTML writer for the lists a page repeats tens or hundreds of times (item tags,
 * checkboxes, filter options, citation markers, table rows), where Thymeleaf's cost per
 * processed element was most of the page's (bench/RESULTS.md, "Rendering, third round"
 * and "fourth round"). It has a package of its own because the view models of every
 * feature use it, and the catalogue's too, which the web package depends on. Everything
 * that comes from the catalogue goes through {@link #text} or {@link #attribute}, which
 * escape it as Thymeleaf's {@code th:text} does; only the writer's own constant markup
 * goes in unescaped, through {@link #tag}. Templates print the result with
 * {@code th:utext}.
 */
public final class Markup {

	private final StringBuilder html;

	public Markup() {
		this(256);
	}

	public Markup(int capacity) {
		this.html = new StringBuilder(capacity);
	}

	/**
	 * The site's own markup, as written: a tag, its closing, a line break. Never anything
	 * that comes from the catalogue or the request.
	 */
	public Markup tag(String markup) {
		html.append(markup);
		return this;
	}

	/** Text, escaped for an element's content. */
	public Markup text(String text) {
		escape(text);
		return this;
	}

	/** {@code  name="value"}, the value escaped. */
	public Markup attribute(String name, String value) {
		html.append(' ').append(name).append("=\"");
		escape(value);
		html.append('"');
		return this;
	}

	/**
	 * A link: {@code <a href="href">text</a>}, the address and the text escaped.
	 */
	public Markup link(String href, String text) {
		html.append("<a");
		attribute("href", href);
		html.append('>');
		escape(text);
		html.append("</a>");
		return this;
	}

	private void escape(String text) {
		// Most names and addresses need no escape: appended whole, not char by char.
		int first = 0;
		while (first < text.length() && !special(text.charAt(first))) {
			first++;
		}
		if (first == text.length()) {
			// A String appended whole is copied at once; a range of it is copied char by
			// char (StringBuilder.append(CharSequence, int, int)).
			html.append(text);
			return;
		}
		html.append(text, 0, first);
		for (int i = first; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> html.append("&amp;");
				case '<' -> html.append("&lt;");
				case '>' -> html.append("&gt;");
				case '"' -> html.append("&quot;");
				case '\'' -> html.append("&#39;");
				default -> html.append(c);
			}
		}
	}

	private static boolean special(char c) {
		return c == '&' || c == '<' || c == '>' || c == '"' || c == '\'';
	}

	/** How many characters are written so far. */
	public int length() {
		return html.length();
	}

	@Override
	public String toString() {
		return html.toString();
	}

}
