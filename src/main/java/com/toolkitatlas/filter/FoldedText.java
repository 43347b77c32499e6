package com.toolkitatlas.filter;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text folded for matching: lower case, accents and compatibility forms removed ("Ä" and
 * "ａ" both become "a"), with the way back from each folded character to the original
 * ones, so a match found in the folded text can be marked in the text as written.
 *
 * <p>
 * A search word matches where a word of the text starts with it ("kube" finds
 * Kubernetes), or, for words of one or two characters, where it is a whole word ("r"
 * finds R, not Redis). A word of four characters or more ending in "s" also matches
 * without it ("containers" finds Containers).
 */
final class FoldedText {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private final String original;

	private final String folded;

	/** For each folded character, where its source starts and ends in the original. */
	private final int[] from;

	private final int[] to;

	private FoldedText(String original, String folded, int[] from, int[] to) {
		this.original = original;
		this.folded = folded;
		this.from = from;
		this.to = to;
	}

	static FoldedText of(String original) {
		StringBuilder folded = new StringBuilder(original.length());
		List<int[]> sources = new ArrayList<>(original.length());
		int index = 0;
		while (index < original.length()) {
			int codePoint = original.codePointAt(index);
			int next = index + Character.charCount(codePoint);
			String piece = codePoint < 128 ? String.valueOf((char) Character.toLowerCase(codePoint))
					: fold(original.substring(index, next));
			for (int i = 0; i < piece.length(); i++) {
				sources.add(new int[] { index, next });
			}
			folded.append(piece);
			index = next;
		}
		int[] from = new int[sources.size()];
		int[] to = new int[sources.size()];
		for (int i = 0; i < sources.size(); i++) {
			from[i] = sources.get(i)[0];
			to[i] = sources.get(i)[1];
		}
		return new FoldedText(original, folded.toString(), from, to);
	}

	/** Lower case, without accents or compatibility forms. */
	static String fold(String text) {
		if (text.chars().allMatch(c -> c < 128)) {
			return text.toLowerCase(Locale.ROOT);
		}
		return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("").toLowerCase(Locale.ROOT);
	}

	/**
	 * Letters, digits, and the "#" and "+" of C# and C++, make up words; anything else
	 * separates them.
	 */
	static boolean wordCharacter(char c) {
		return Character.isLetterOrDigit(c) || c == '#' || c == '+';
	}

	/** The text as written. */
	String original() {
		return original;
	}

	/**
	 * Whether the word matches anywhere, as {@link #highlight} would mark it; the first
	 * match answers, and nothing is gathered: a search asks this of every text of every
	 * role.
	 */
	boolean matches(String word) {
		return matchesForm(word)
				|| word.length() >= 4 && word.endsWith("s") && matchesForm(word.substring(0, word.length() - 1));
	}

	private boolean matchesForm(String word) {
		if (word.isEmpty()) {
			return false;
		}
		int at = folded.indexOf(word);
		while (at >= 0) {
			if (matchesAt(word, at)) {
				return true;
			}
			at = folded.indexOf(word, at + 1);
		}
		return false;
	}

	/**
	 * Whether the word, found at this place of the folded text, starts a word there, and
	 * ends one too if it is of one or two characters.
	 */
	private boolean matchesAt(String word, int at) {
		int end = at + word.length();
		boolean startsWord = at == 0 || !wordCharacter(folded.charAt(at - 1));
		boolean endsWord = end == folded.length() || !wordCharacter(folded.charAt(end));
		return startsWord && (word.length() > 2 || endsWord);
	}

	/** The text with every match of any of these (folded) words marked. */
	Highlighted highlight(Collection<String> words) {
		List<int[]> ranges = new ArrayList<>();
		for (String word : words) {
			for (int[] match : find(word)) {
				ranges.add(new int[] { from[match[0]], to[match[1] - 1] });
			}
		}
		if (ranges.isEmpty()) {
			return Highlighted.plain(original);
		}
		ranges.sort(Comparator.comparingInt(range -> range[0]));
		List<Highlighted.Segment> segments = new ArrayList<>();
		int position = 0;
		int markStart = -1;
		int markEnd = -1;
		for (int[] range : ranges) {
			if (markStart >= 0 && range[0] <= markEnd) {
				markEnd = Math.max(markEnd, range[1]);
				continue;
			}
			if (markStart >= 0) {
				position = addMark(segments, position, markStart, markEnd);
			}
			markStart = range[0];
			markEnd = range[1];
		}
		position = addMark(segments, position, markStart, markEnd);
		if (position < original.length()) {
			segments.add(new Highlighted.Segment(original.substring(position), false));
		}
		return new Highlighted(segments);
	}

	private int addMark(List<Highlighted.Segment> segments, int position, int start, int end) {
		if (start > position) {
			segments.add(new Highlighted.Segment(original.substring(position, start), false));
		}
		segments.add(new Highlighted.Segment(original.substring(start, end), true));
		return end;
	}

	/** Where the word matches, as ranges of the folded text. */
	private List<int[]> find(String word) {
		List<int[]> matches = new ArrayList<>();
		findForm(word, matches);
		if (word.length() >= 4 && word.endsWith("s")) {
			findForm(word.substring(0, word.length() - 1), matches);
		}
		return matches;
	}

	private void findForm(String word, List<int[]> matches) {
		if (word.isEmpty()) {
			return;
		}
		int at = folded.indexOf(word);
		while (at >= 0) {
			if (matchesAt(word, at)) {
				matches.add(new int[] { at, at + word.length() });
			}
			at = folded.indexOf(word, at + 1);
		}
	}

}
