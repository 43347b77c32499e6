package com.toolkitatlas.web;

import java.util.List;

import com.toolkitatlas.catalogue.Catalogue;
import com.toolkitatlas.catalogue.Role;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page may need besides its own content: the current path, to mark the current
 * section in the navigation, every role, for the compare picker, how many roles and pairs
 * the catalogue holds, for the sentences that count them, and the site's public address.
 */
@ControllerAdvice(annotations = Controller.class)
class PageModel {

	private final Catalogue catalogue;

	private final String publicUrl;

	PageModel(Catalogue catalogue, @Value("${atlas.public-url}") String publicUrl) {
		this.catalogue = catalogue;
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
	}

	/**
	 * The site's public address, for absolute canonical links. Configured rather than
	 * read from the request's Host header, which a client controls and which would then
	 * end up in cached pages.
	 */
	@ModelAttribute("publicUrl")
	String publicUrl() {
		return publicUrl;
	}

	@ModelAttribute("allRoles")
	List<Role> allRoles() {
		return catalogue.roles();
	}

	@ModelAttribute("catalogueSize")
	CatalogueSize catalogueSize() {
		return CatalogueSize.of(catalogue);
	}

	@ModelAttribute("path")
	String path(HttpServletRequest request) {
		return request.getRequestURI();
	}

	/** The main navigation's links, this page's section marked. */
	@ModelAttribute("navigation")
	String navigation(HttpServletRequest request) {
		return Navigation.markup(request.getRequestURI());
	}

}
