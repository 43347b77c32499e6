package com.toolkitatlas.filter;

import java.util.List;
import java.util.Map;

import com.toolkitatlas.catalogue.Catalogue;
import com.toolkitatlas.web.Htmx;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

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

	private final Catalogue catalogue;

	RoleFilterController(RoleFilterService filters, Catalogue catalogue) {
		this.filters = filters;
		this.catalogue = catalogue;
	}

	@GetMapping("/roles")
	String roles(@RequestParam(required = false) List<String> skill, @RequestParam(required = false) List<String> tool,
			@RequestParam(required = false) List<String> language, @RequestParam(required = false) String minSalary,
			@RequestParam(required = false) String q, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		RoleFilterPage page = filters.page(new FilterRequest(skill, tool, language, minSalary, q));
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

	/**
	 * A filter that cannot be understood, asked for by a browser: a 400 page that lists
	 * each problem with its likely correction. Programs asking for JSON get the site's
	 * problem details instead.
	 */
	@ExceptionHandler(exception = InvalidFilterException.class, produces = MediaType.TEXT_HTML_VALUE)
	ModelAndView invalid(InvalidFilterException exception, HttpServletRequest request) {
		ModelAndView page = new ModelAndView("roles/filter-invalid",
				Map.of("problems", exception.problems(), "remainder", exception.remainder(), "languages",
						catalogue.languages(), "path", request.getRequestURI()));
		page.setStatus(HttpStatus.BAD_REQUEST);
		return page;
	}

}
