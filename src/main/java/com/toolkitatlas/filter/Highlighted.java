package com.toolkitatlas.filter;

import java.util.List;
import java.util.stream.Collectors;

import com.toolkitatlas.html.Markup;

/**
 * A piece of text cut into segments, some of them marked as matching a search. Each
 * segment is written escaped, a marked one inside {@code <mark>}, so nothing in it is
 * ever read as markup.
 */
public record Highlighted(List<Segment> segments) {

	public Highlighted {
		segments = List.copyOf(segments);
	}

	public static Highlighted plain(String text) {
		return new Highlighted(List.of(new Segment(text, false)));
	}

	public static Highlighted whole(String text) {
		return new Highlighted(List.of(new Segment(text, true)));
	}

	/** The text without its marks. */
	public String text() {
		return segments.stream().map(Segment::text).collect(Collectors.joining());
	}

	/** Writes the text, each marked segment inside {@code <mark>}, everything escaped. */
	void writeTo(Markup html) {
		for (Segment segment : segments) {
			if (segment.marked()) {
				html.tag("<mark>").text(segment.text()).tag("</mark>");
			}
			else {
				html.text(segment.text());
			}
		}
	}

	public boolean marked() {
		return segments.stream().anyMatch(Segment::marked);
	}

	public record Segment(String text, boolean marked) {
	}
}
