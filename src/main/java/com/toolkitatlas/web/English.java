package com.toolkitatlas.web;

import java.util.List;

/** Small pieces of English prose that several pages compose. */
public final class English {

	private English() {
	}

	/** Joins words as a sentence does: "A", "A and B", "A, B and C". */
	public static String list(List<String> items) {
		if (items.size() <= 1) {
			return items.isEmpty() ? "" : items.get(0);
		}
		return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
	}

	/** A rank as a sentence writes it: "1st", "2nd", "3rd", "11th", "22nd". */
	public static String ordinal(int n) {
		int lastTwo = n % 100;
		return n + (lastTwo >= 11 && lastTwo <= 13 ? "th" : switch (n % 10) {
			case 1 -> "st";
			case 2 -> "nd";
			case 3 -> "rd";
			default -> "th";
		});
	}

	/** A count as a sentence writes it: words up to ten, digits after. */
	public static String number(int n) {
		String[] words = { "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten" };
		return n >= 0 && n < words.length ? words[n] : String.valueOf(n);
	}

}
