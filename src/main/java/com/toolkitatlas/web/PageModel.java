package com.toolkitatlas.web;

import java.util.List;

import com.toolkitatlas.catalogue.Catalogue;
import com.toolkitatlas.catalogue.Role;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page may need besides its own content: the current path, to mark the current
 * section in the navigation, every role, for the compare picker, how many roles and pairs
 * the catalogue holds, for the sentences that count them, and the site's public address.
 */
@ControllerAdvice(annotations = Controller.class)
class PageModel {

	/**
	 * The site's public address, for absolute canonical links. Configured rather than
	 * read from the request's Host header, which a client controls and which would then
	 * end up in cached pages.
	 */
	private final String publicUrl;

	private final List<Role> allRoles;

	private final CatalogueSize catalogueSize;

	/**
	 * What depends on the catalogue alone is worked out once (the catalogue is loaded at
	 * start-up and only changes with a restart).
	 */
	PageModel(Catalogue catalogue, @Value("${atlas.public-url}") String publicUrl) {
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
		this.allRoles = catalogue.roles();
		this.catalogueSize = CatalogueSize.of(catalogue);
	}

	/**
	 * Adds every attribute in one call: Spring MVC invokes each {@code @ModelAttribute}
	 * method reflectively, resolving its arguments, on every request; five of them were a
	 * measurable part of what a page costs outside its template (bench/RESULTS.md,
	 * "Rendering, fifth round").
	 */
	@ModelAttribute
	void addTo(HttpServletRequest request, Model model) {
		String path = request.getRequestURI();
		model.addAttribute("publicUrl", publicUrl);
		model.addAttribute("allRoles", allRoles);
		model.addAttribute("catalogueSize", catalogueSize);
		model.addAttribute("path", path);
		// The main navigation's links, this page's section marked.
		model.addAttribute("navigation", Navigation.markup(path));
	}

}
