package com.toolkitatlas.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What htmx asks for. Its own requests carry {@code HX-Request}; a page that answers them
 * with a fragment answers the whole page when htmx restores history or follows a boosted
 * link, since htmx then swaps the whole body. One decision, used by the page that renders
 * the fragment and by the page cache that keys on it, so they can never disagree.
 */
public final class Htmx {

	/** Every request header that changes whether a page or a fragment is answered. */
	public static final String VARY = "HX-Request, HX-History-Restore-Request, HX-Boosted";

	private Htmx() {
	}

	/** Whether htmx asks for the parts of the page that change rather than the page. */
	public static boolean wantsFragment(HttpServletRequest request) {
		return "true".equals(request.getHeader("HX-Request"))
				&& !"true".equals(request.getHeader("HX-History-Restore-Request"))
				&& !"true".equals(request.getHeader("HX-Boosted"));
	}

}
