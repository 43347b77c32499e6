package com.toolkitatlas.web;

/**
 * The canonical part of a page's key read straight from a plain query: one whose names
 * and values are spelled only with characters that URL decoding and
 * {@link java.net.URLEncoder} both leave as they are (ASCII letters, digits,
 * {@code . - * _}), as the site's own links and forms write them. For such a query the
 * key is the same as when Tomcat parses and decodes every parameter and
 * {@link PageAddresses} encodes each name and value again, at the cost of one pass over
 * the text: that work was a fifth of JFR's samples of serving the cached ticked fit page,
 * whose address has seven parameters, and about 4 µs of its 38 µs of CPU
 * (bench/RESULTS.md). Anything else (a {@code %} or {@code +}, any other character, an
 * empty name or pair, a second {@code =} in a pair, more than {@value #MAX_PAIRS} pairs)
 * is left to the general way, so what a key holds does not change; {@code PlainQueryTest}
 * checks the two against Tomcat's own parser.
 */
final class PlainQuery {

	/** Far below Tomcat's limit on parameters, past which it refuses the query. */
	static final int MAX_PAIRS = 64;

	private PlainQuery() {
	}

	/**
	 * Appends the canonical query to the key: the pairs whose name the page reads, by
	 * name in alphabetical order, each name's values in the order sent.
	 * @param query the query as sent
	 * @param read the parameters the page reads
	 * @return false, having appended nothing, when the query is not plain
	 */
	static boolean appendTo(StringBuilder key, String query, PageAddresses.Parameters read) {
		int length = query.length();
		// For each pair: where its name starts, where it ends, where the pair ends.
		int[] bounds = new int[3 * Math.min(MAX_PAIRS, length / 2 + 1)];
		int pairs = 0;
		int start = 0;
		int equals = -1;
		for (int i = 0; i <= length; i++) {
			char c = (i < length) ? query.charAt(i) : '&';
			if (c == '&') {
				int nameEnd = (equals < 0) ? i : equals;
				if (nameEnd == start || 3 * pairs == bounds.length) {
					return false;
				}
				bounds[3 * pairs] = start;
				bounds[3 * pairs + 1] = nameEnd;
				bounds[3 * pairs + 2] = i;
				pairs++;
				start = i + 1;
				equals = -1;
			}
			else if (c == '=') {
				if (equals >= 0) {
					return false;
				}
				equals = i;
			}
			else if (!isPlain(c)) {
				return false;
			}
		}
		String[] names = new String[pairs];
		int[] kept = new int[pairs];
		int count = 0;
		for (int pair = 0; pair < pairs; pair++) {
			String name = query.substring(bounds[3 * pair], bounds[3 * pair + 1]);
			if (read.contains(name)) {
				names[pair] = name;
				// Insertion sort by name: stable, so one name's values keep their order.
				int at = count++;
				while (at > 0 && names[kept[at - 1]].compareTo(name) > 0) {
					kept[at] = kept[at - 1];
					at--;
				}
				kept[at] = pair;
			}
		}
		String separator = PageAddresses.QUERY;
		for (int i = 0; i < count; i++) {
			int pair = kept[i];
			int nameEnd = bounds[3 * pair + 1];
			int end = bounds[3 * pair + 2];
			key.append(separator).append(names[pair]).append('=');
			if (nameEnd < end) {
				// Past the '='.
				key.append(query, nameEnd + 1, end);
			}
			separator = "&";
		}
		return true;
	}

	private static boolean isPlain(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
				|| c == '.' || c == '*';
	}

}
