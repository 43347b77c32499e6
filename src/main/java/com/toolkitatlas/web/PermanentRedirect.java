package com.toolkitatlas.web;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.view.RedirectView;

/**
 * A 301 to a page's one canonical address, for a page and for its JSON twin. Nothing of
 * the model is appended to the address: it is exactly the one given.
 */
public final class PermanentRedirect {

	private PermanentRedirect() {
	}

	/** For a page's controller. */
	public static RedirectView to(String location) {
		RedirectView target = new RedirectView(location);
		target.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
		target.setExposeModelAttributes(false);
		return target;
	}

	/** For an API resource. */
	public static <T> ResponseEntity<T> of(String location) {
		return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).location(URI.create(location)).build();
	}

}
