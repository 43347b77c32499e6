package com.toolkitatlas.catalogue;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import com.toolkitatlas.html.Markup;

/**
 * The sources one page cites, numbered in the order the page first uses them: a fact
 * carries a small numbered marker and the page ends with one list of its sources, instead
 * of a "Source:" line under every paragraph.
 * <p>
 * Each source's marker is written once, when the citations are made: a pair page's
 * citations are made at start-up with the pair ({@code ComparisonService}) and print some
 * forty markers on each request, writing each again was some 3 % of the page
 * (bench/RESULTS.md, "Rendering, seventeenth round"); a profile's are made per request
 * and print each of their sources at least once, so writing them all up front costs it
 * nothing more.
 */
public final class Citations {

	private final List<Source> sources;

	/** Each source's marker, in the order of {@link #sources}. */
	private final String[] markers;

	public Citations(List<Source> sources) {
		this.sources = List.copyOf(sources);
		this.markers = new String[this.sources.size()];
		for (int i = 0; i < markers.length; i++) {
			markers[i] = markerOf(this.sources.get(i), i + 1);
		}
	}

	/**
	 * The distinct sources of a stream in their first order; nulls (no source) left out.
	 */
	public static Citations of(Stream<Source> used) {
		return new Citations(used.filter(Objects::nonNull).distinct().toList());
	}

	/** The sources cited, in the order of their numbers. */
	public List<Source> sources() {
		return sources;
	}

	/**
	 * The footnote number of a source (from 1).
	 * @throws IllegalArgumentException for a source the page did not declare, so a marker
	 * can never point at a missing footnote
	 */
	public int number(Source source) {
		return indexOf(source) + 1;
	}

	/**
	 * The place of a source in the list. A page's sources are the catalogue's own
	 * objects, so the same object is looked for first; a record's {@code equals} compares
	 * every component of each source passed over.
	 */
	private int indexOf(Source source) {
		for (int i = 0; i < markers.length; i++) {
			if (sources.get(i) == source) {
				return i;
			}
		}
		int index = sources.indexOf(source);
		if (index < 0) {
			throw new IllegalArgumentException("Not cited on this page: " + source.code());
		}
		return index;
	}

	/**
	 * The small numbered marker where a fact is used, pointing at the page's list of
	 * sources: {@code <a href="#cite-W4" aria-label="Source 2: title">2</a>}, printed
	 * inside a {@code <sup class="cite">}. Its accessible name says what it is, not a
	 * bare number. Written here rather than by a template fragment: a pair page has some
	 * forty markers, and a fragment call per marker was a large share of Thymeleaf's work
	 * on it (bench/RESULTS.md, "Rendering, fourth round").
	 * @throws IllegalArgumentException for a source the page did not declare
	 */
	public String marker(Source source) {
		return markers[indexOf(source)];
	}

	private static String markerOf(Source source, int number) {
		String digits = Integer.toString(number);
		return new Markup(160).tag("<a")
			.attribute("href", "#cite-" + source.code())
			.attribute("aria-label", "Source " + digits + ": " + source.title())
			.tag(">")
			.text(digits)
			.tag("</a>")
			.toString();
	}

	/**
	 * Writes where a fact comes from, as the tables that carry one per cell print it: its
	 * numbered marker where the page lists its sources, otherwise a link to the source on
	 * the sources page.
	 * @param html the writer
	 * @param citations the page's numbered sources, or null where it has none
	 * @param source the fact's source
	 */
	public static void writeSource(Markup html, Citations citations, Source source) {
		if (citations != null) {
			html.tag("<sup class=\"cite\">").tag(citations.marker(source)).tag("</sup>\n");
		}
		else {
			html.tag("<span class=\"source-ref\">Source: ")
				.link("/sources#" + source.code(), source.title())
				.tag("</span>\n");
		}
	}

	/**
	 * The page's one list of sources, under its heading and with the way to how they were
	 * chosen and graded: each source numbered by its place, its title linked to its
	 * address where it has one, its date and grade, and a link to it on the sources page,
	 * which a marker's {@code #cite-} address points at. Written here rather than by a
	 * template fragment and loop: a pair page lists some fifteen sources of six processed
	 * elements each (bench/RESULTS.md, "Rendering, eighth round" and "twelfth round").
	 */
	public String sectionMarkup() {
		Markup html = new Markup(320 * sources.size() + 512)
			.tag("<section id=\"page-sources\" class=\"page-sources\" aria-labelledby=\"page-sources-heading\">\n"
					+ "<h2 id=\"page-sources-heading\">Sources on this page</h2>\n<ol>");
		for (Source source : sources) {
			html.tag("\n<li").attribute("id", "cite-" + source.code()).tag(">\n");
			if (source.hasUrl()) {
				html.tag("<a")
					.attribute("href", source.url())
					.tag(" rel=\"nofollow\">")
					.text(source.title())
					.tag("</a>\n\n");
			}
			else {
				html.tag("\n<span>").text(source.title()).tag("</span>\n");
			}
			html.tag("<span class=\"muted\">")
				.text("(" + source.published() + "; "
						+ (source.hasUrl() ? "grade " + source.confidence() : "no public address") + ")")
				.tag("</span>\n<a class=\"page-sources__more\"")
				.attribute("href", "/sources#" + source.code())
				.tag(">")
				.text(source.code())
				.tag("</a>\n</li>");
		}
		return html.tag("\n</ol>\n<p><a href=\"/sources\">How the sources were chosen and graded</a></p>\n</section>")
			.toString();
	}

	public boolean isEmpty() {
		return sources.isEmpty();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Citations citations && sources.equals(citations.sources);
	}

	@Override
	public int hashCode() {
		return sources.hashCode();
	}

	@Override
	public String toString() {
		return "Citations" + sources;
	}

}
