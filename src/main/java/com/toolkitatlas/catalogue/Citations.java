package com.toolkitatlas.catalogue;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The sources one page cites, numbered in the order the page first uses them: a fact
 * carries a small numbered marker and the page ends with one list of its sources, instead
 * of a "Source:" line under every paragraph.
 */
public record Citations(List<Source> sources) {

	public Citations {
		sources = List.copyOf(sources);
	}

	/**
	 * The distinct sources of a stream in their first order; nulls (no source) left out.
	 */
	public static Citations of(Stream<Source> used) {
		return new Citations(used.filter(Objects::nonNull).distinct().toList());
	}

	/**
	 * The footnote number of a source (from 1).
	 * @throws IllegalArgumentException for a source the page did not declare, so a marker
	 * can never point at a missing footnote
	 */
	public int number(Source source) {
		int index = sources.indexOf(source);
		if (index < 0) {
			throw new IllegalArgumentException("Not cited on this page: " + source.code());
		}
		return index + 1;
	}

	public boolean isEmpty() {
		return sources.isEmpty();
	}

}
