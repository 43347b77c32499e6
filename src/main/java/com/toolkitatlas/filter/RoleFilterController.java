package com.toolkitatlas.filter;

import java.util.List;

import com.toolkitatlas.web.Htmx;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The roles page with its filters. A plain GET form; with JavaScript, htmx sends the same
 * request with an {@code HX-Request} header and gets only the parts that change: the
 * results, the counts and the page title, while the address bar follows the filter.
 */
@Controller
class RoleFilterController {

	private static final List<String> SCRIPTS = List.of("/webjars/htmx.org/dist/htmx.min.js",
			"/assets/roles-filter.js");

	private final RoleFilterService filters;

	RoleFilterController(RoleFilterService filters) {
		this.filters = filters;
	}

	@GetMapping("/roles")
	String roles(FilterRequest filter, HttpServletRequest request, HttpServletResponse response, Model model) {
		RoleFilterPage page = filters.page(filter);
		model.addAttribute("rolesPage", page);
		response.addHeader(HttpHeaders.VARY, Htmx.VARY);
		if (Htmx.wantsFragment(request)) {
			response.setHeader("HX-Push-Url", page.search().filter().href());
			return "roles/filter-update";
		}
		model.addAttribute("canonical", page.search().filter().href());
		model.addAttribute("scripts", SCRIPTS);
		return "roles/filter";
	}

}
