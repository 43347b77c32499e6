package com.toolkitatlas.compare;

import java.util.List;
import java.util.Map;

import com.toolkitatlas.web.BadRequestException;
import com.toolkitatlas.web.ErrorPages;
import com.toolkitatlas.web.NotFoundException;
import com.toolkitatlas.web.Problems;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

@Controller
class CompareController {

	private final ComparisonService comparisons;

	private final ErrorPages errorPages;

	CompareController(ComparisonService comparisons, ErrorPages errorPages) {
		this.comparisons = comparisons;
		this.errorPages = errorPages;
	}

	/**
	 * Without a choice, the picker; with one, the table of three to six roles or a
	 * redirect to a pair.
	 */
	@GetMapping("/compare")
	Object compare(@RequestParam(name = RoleSelection.PARAMETER, required = false) List<String> roles, Model model) {
		if (roles == null) {
			model.addAttribute("picker", comparisons.picker());
			return "compare/picker";
		}
		return answer(comparisons.roles(roles), "compare/roles", model);
	}

	@GetMapping("/compare/{pair}")
	Object pair(@PathVariable String pair, Model model) {
		return answer(comparisons.pair(pair), "compare/pair", model);
	}

	/**
	 * A refused comparison: the site's error page, or problem JSON, with the picker to
	 * try again.
	 */
	@ExceptionHandler({ BadRequestException.class, NotFoundException.class })
	ModelAndView refused(RuntimeException exception, HttpServletRequest request) {
		String path = request.getRequestURI();
		ModelAndView page = errorPages.render(request, path, Problems.of(exception, path));
		if ("error".equals(page.getViewName())) {
			String[] roles = request.getParameterValues(RoleSelection.PARAMETER);
			Map<?, ?> pathVariables = (Map<?, ?>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
			page.setViewName("compare/refused");
			page.addObject("picker",
					comparisons.pickerAfter(pathVariables == null ? null : (String) pathVariables.get("pair"),
							roles == null ? List.of() : List.of(roles)));
		}
		return page;
	}

	private static Object answer(CompareOutcome<? extends ComparisonPage> outcome, String view, Model model) {
		if (outcome instanceof CompareOutcome.Redirect<?> redirect) {
			RedirectView target = new RedirectView(redirect.location());
			target.setStatusCode(redirect.permanent() ? HttpStatus.MOVED_PERMANENTLY : HttpStatus.SEE_OTHER);
			target.setExposeModelAttributes(false);
			return target;
		}
		ComparisonPage page = ((CompareOutcome.Show<? extends ComparisonPage>) outcome).page();
		model.addAttribute("comparison", page);
		model.addAttribute("canonical", page.path());
		return view;
	}

}
