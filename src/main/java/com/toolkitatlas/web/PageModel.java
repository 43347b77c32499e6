package com.toolkitatlas.web;

import java.util.List;
import java.util.Map;

import com.toolkitatlas.catalogue.Catalogue;
import com.toolkitatlas.catalogue.Role;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * What every page may need besides its own content: the current path, to mark the current
 * section in the navigation, every role, for the compare picker, how many roles and pairs
 * the catalogue holds, for the sentences that count them, and the site's public address.
 * Added to the model of every page a controller answers with a view, after the controller
 * (which may set any of them itself), and never to a redirect, whose model would become
 * its query. An interceptor rather than {@code @ModelAttribute} methods: Spring MVC
 * prepares and invokes those reflectively on every request, reading their annotations
 * again each time, which was a measurable part of what a page costs outside its template
 * (bench/RESULTS.md, "Rendering, fifth round"). Error pages get the same attributes from
 * {@link ErrorPages}.
 */
@Component
class PageModel implements HandlerInterceptor {

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

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView page) {
		if (page == null || page.getView() instanceof RedirectView
				|| (page.getViewName() != null && page.getViewName().startsWith("redirect:"))) {
			return;
		}
		String path = request.getRequestURI();
		Map<String, Object> model = page.getModel();
		model.putIfAbsent("publicUrl", publicUrl);
		model.putIfAbsent("allRoles", allRoles);
		model.putIfAbsent("catalogueSize", catalogueSize);
		model.putIfAbsent("path", path);
		// The main navigation's links, this page's section marked.
		model.putIfAbsent("navigation", Navigation.markup(path));
	}

}
