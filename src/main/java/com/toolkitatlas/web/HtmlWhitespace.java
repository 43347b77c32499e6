package com.toolkitatlas.web;

import java.util.Arrays;

/**
 * Drops the indentation and blank lines of a template, once, as it is read
 * ({@link TrimmedTemplates}). A browser renders the page the same (a line break still
 * separates what it separated), but there is a third less to send. The inside of
 * {@code <pre>} and {@code <textarea>}, where whitespace shows, is left as it is.
 */
final class HtmlWhitespace {

	/**
	 * The bit that tells an ASCII letter's lower case from its upper case: {@code 'P' |
	 * CASE_BIT == 'p'}, and only 'P' and 'p' give 'p'.
	 */
	private static final int CASE_BIT = 0x20;

	private HtmlWhitespace() {
	}

	static byte[] trim(byte[] html) {
		// Bytes, not text: every byte looked at here is ASCII, and UTF-8 never uses an
		// ASCII byte inside a multi-byte character. (Decoding and lower-casing each line
		// to look for <pre> cost 5 % of an uncached page.)
		byte[] trimmed = new byte[html.length];
		int length = 0;
		boolean preformatted = false;
		int start = 0;
		while (start < html.length) {
			int end = start;
			while (end < html.length && html[end] != '\n') {
				end++;
			}
			int from = start;
			if (!preformatted) {
				while (from < end && (html[from] == ' ' || html[from] == '\t' || html[from] == '\r')) {
					from++;
				}
			}
			if (from < end || preformatted) {
				System.arraycopy(html, from, trimmed, length, end - from);
				length += end - from;
				if (end < html.length) {
					trimmed[length++] = '\n';
				}
			}
			preformatted = preformattedAfter(html, start, end, preformatted);
			start = end + 1;
		}
		return Arrays.copyOf(trimmed, length);
	}

	/**
	 * Whether a line leaves us inside a {@code <pre>} or {@code <textarea>}: whichever of
	 * an opening or a closing tag of theirs comes last on the line decides.
	 */
	private static boolean preformattedAfter(byte[] html, int start, int end, boolean inside) {
		for (int i = end - 1; i >= start; i--) {
			if (html[i] == '<') {
				boolean closing = i + 1 < end && html[i + 1] == '/';
				int name = closing ? i + 2 : i + 1;
				// Most tags start with neither letter: one comparison rules them out
				// (comparing every tag's name letter by letter, lower-cased, was 4 % of
				// an uncached profile page).
				int first = name < end ? html[name] | CASE_BIT : 0;
				if ((first == 'p' && startsWith(html, name, end, "pre"))
						|| (first == 't' && startsWith(html, name, end, "textarea"))) {
					return !closing;
				}
			}
		}
		return inside;
	}

	/** Whether the bytes at {@code from} spell {@code word}, in any case. */
	private static boolean startsWith(byte[] html, int from, int end, String word) {
		if (end - from < word.length()) {
			return false;
		}
		for (int i = 0; i < word.length(); i++) {
			if ((html[from + i] | CASE_BIT) != word.charAt(i)) {
				return false;
			}
		}
		return true;
	}

}
