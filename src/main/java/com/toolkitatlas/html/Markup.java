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

	/**
	 * Text, escaped for an element's content (and the en dash as a reference, see
	 * {@link #escape}).
	 */
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

	/**
	 * The text between two characters to escape is appended as a run, not a character at
	 * a time: an address with a query has an ampersand between every two parameters, and
	 * the per-character appends after the first were the largest part of writing the
	 * ticked fit page's links (bench/RESULTS.md, tenth round). A run of a Latin-1 string
	 * into a Latin-1 builder is one array copy; text with nothing to escape is appended
	 * whole. The characters to escape are found by {@link String#indexOf(int, int)},
	 * which the JIT compiles to a scan of many characters at a time, one scan per
	 * character to escape, resumed only past the one just escaped: looking at each
	 * character in turn was a tenth of the pair page's cost, most of it paragraphs with
	 * an apostrophe or two (bench/RESULTS.md, twelfth round).
	 * <p>
	 * The en dash, the one character beyond Latin-1 that the catalogue's texts use (in
	 * every pay range, "$160,000–$250,000"), is written as {@code &ndash;}, which a
	 * browser shows as the same dash: as a character it widened the builder to two bytes
	 * a character for the rest of its text, and every later append with it, on most pages
	 * with a pay figure (the pair page's own work about a quarter less without it,
	 * bench/RESULTS.md, thirteenth round). The site's own markup writes its typographic
	 * characters as references for the same reason.
	 */
	private void escape(String text) {
		int ampersand = text.indexOf('&');
		int less = text.indexOf('<');
		int greater = text.indexOf('>');
		int quote = text.indexOf('"');
		int apostrophe = text.indexOf('\'');
		int dash = text.indexOf('\u2013');
		int run = 0;
		while (true) {
			int next = first(first(first(ampersand, less), dash), first(greater, first(quote, apostrophe)));
			if (next < 0) {
				break;
			}
			char c = text.charAt(next);
			html.append(text, run, next).append(entity(c));
			run = next + 1;
			switch (c) {
				case '&' -> ampersand = text.indexOf('&', run);
				case '<' -> less = text.indexOf('<', run);
				case '>' -> greater = text.indexOf('>', run);
				case '"' -> quote = text.indexOf('"', run);
				case '\u2013' -> dash = text.indexOf('\u2013', run);
				default -> apostrophe = text.indexOf('\'', run);
			}
		}
		if (run == 0) {
			html.append(text);
		}
		else {
			html.append(text, run, text.length());
		}
	}

	/** The first of two positions, -1 standing for none. */
	private static int first(int a, int b) {
		return a < 0 ? b : b < 0 ? a : Math.min(a, b);
	}

	private static String entity(char c) {
		return switch (c) {
			case '&' -> "&amp;";
			case '<' -> "&lt;";
			case '>' -> "&gt;";
			case '"' -> "&quot;";
			case '\u2013' -> "&ndash;";
			default -> "&#39;";
		};
	}

	/**
	 * A whole number as the site prints points and weights: as {@link #number(int)} does,
	 * and with a plus sign when it is above zero ("+3").
	 */
	public Markup signed(int number) {
		html.append(number > 0 ? "+" : "");
		return number(number);
	}

	/**
	 * A whole number as the site prints scores: "3", "0", and the minus sign as
	 * {@code &minus;} ("−2" on screen), so that the builder stays one byte a character
	 * (see {@link #escape}).
	 */
	public Markup number(int number) {
		html.append(number < 0 ? "&minus;" : "").append(Math.abs(number));
		return this;
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
