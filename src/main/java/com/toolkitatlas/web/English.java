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

    /** A count as a sentence writes it: words up to ten, digits after. */
    public static String number(int n) {
        String[] words = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"};
        return n >= 0 && n < words.length ? words[n] : String.valueOf(n);
    }
}
