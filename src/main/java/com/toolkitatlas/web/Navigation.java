package com.toolkitatlas.web;

import java.util.List;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import com.toolkitatlas.html.Markup;

/**
 * The site's main navigation, with the section of the current page marked for assistive
 * technology ({@code aria-current="page"}). There are as many versions of it as sections,
 * each written once: the layout printed it from nine string tests on every page.
 */
final class Navigation {

	private static final List<Link> LINKS = List.of(new Link("/roles", "Roles", under("/roles")),
			new Link("/compare", "Compare", under("/compare")), new Link("/pick", "How to pick", under("/pick")),
			new Link("/hire", "Hire", under("/hire")),
			new Link("/fit", "Where you fit", under("/fit").or(under("/switch"))),
			new Link("/skills", "Skills", under("/skills")), new Link("/tools", "Tools", under("/tools")),
			new Link("/sources", "Sources", "/sources"::equals), new Link("/api", "API", "/api"::equals));

	/** Index i: the navigation with link i current; the last, with none. */
	private static final List<String> VERSIONS = IntStream.rangeClosed(0, LINKS.size())
		.mapToObj(Navigation::write)
		.toList();

	private Navigation() {
	}

	/** The list items of the navigation for a page at this path. */
	static String markup(String path) {
		for (int i = 0; i < LINKS.size(); i++) {
			if (path != null && LINKS.get(i).current().test(path)) {
				return VERSIONS.get(i);
			}
		}
		return VERSIONS.get(LINKS.size());
	}

	private static String write(int current) {
		Markup html = new Markup(512).tag("\n");
		for (int i = 0; i < LINKS.size(); i++) {
			Link link = LINKS.get(i);
			html.tag("<li><a").attribute("href", link.href());
			if (i == current) {
				html.attribute("aria-current", "page");
			}
			html.tag(">").text(link.label()).tag("</a></li>\n");
		}
		return html.toString();
	}

	private static Predicate<String> under(String prefix) {
		return path -> path.startsWith(prefix);
	}

	private record Link(String href, String label, Predicate<String> current) {
	}

}
