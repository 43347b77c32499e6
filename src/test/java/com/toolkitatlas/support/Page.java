package com.toolkitatlas.support;

import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A response as a reader sees it: status, headers, and the document, parsed when a test
 * first asks for it (a test that sends thousands of requests and reads only their status
 * and headers does not pay for parsing each body).
 */
public final class Page {

	private final String path;

	private final int status;

	private final Map<String, String> headers;

	private final String body;

	private final String baseUri;

	private Document document;

	public Page(String path, int status, Map<String, String> headers, String body, String baseUri) {
		this.path = path;
		this.status = status;
		this.headers = headers;
		this.body = body;
		this.baseUri = baseUri;
	}

	public String path() {
		return path;
	}

	public int status() {
		return status;
	}

	public Map<String, String> headers() {
		return headers;
	}

	public String body() {
		return body;
	}

	public Document document() {
		if (document == null) {
			document = Jsoup.parse(body, baseUri);
		}
		return document;
	}

	public String header(String name) {
		return headers.get(name.toLowerCase());
	}

	/** The visible text of the whole page, whitespace collapsed. */
	public String text() {
		return document().body() == null ? "" : document().body().text();
	}

	public String h1() {
		Element h1 = document().selectFirst("h1");
		return h1 == null ? null : h1.text();
	}

	public List<String> headings(String level) {
		return document().select(level).eachText();
	}

	/**
	 * The text of the section whose heading has this id, as a reader finds it under that
	 * heading.
	 */
	public String section(String id) {
		Element section = document().getElementById(id);
		return section == null ? null : section.text();
	}

	public Element select(String cssQuery) {
		return document().selectFirst(cssQuery);
	}

	public List<String> links() {
		return document().select("a[href]").eachAttr("href");
	}

	/** The text of the link pointing at this address, or null. */
	public String linkTextTo(String href) {
		Element link = document().selectFirst("a[href=\"" + href + "\"]");
		return link == null ? null : link.text();
	}

	/**
	 * Whether the section with this id carries a footnote marker pointing at the page's
	 * list of sources, and that list names the source with this code and title.
	 */
	public boolean cites(String sectionId, String code, String title) {
		return !document().select("#" + sectionId + " sup.cite a[href=#cite-" + code + "]").isEmpty()
				&& document().select("#page-sources li#cite-" + code).text().contains(title);
	}

}
