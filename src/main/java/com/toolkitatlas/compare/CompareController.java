package com.toolkitatlas.compare;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The compare pages. A comparison that cannot be made raises an exception that carries
 * the picker, so its error page offers it again.
 */
@Controller
class CompareController {

	private final ComparisonService comparisons;

	CompareController(ComparisonService comparisons) {
		this.comparisons = comparisons;
	}

	/**
	 * Without a choice, the picker; with one, the table of three or more roles or a
	 * redirect to a pair.
	 */
	@GetMapping("/compare")
	ModelAndView compare(@RequestParam(name = RoleSelection.PARAMETER, required = false) List<String> roles) {
		if (roles == null) {
			return new ModelAndView("compare/picker", Map.of("picker", comparisons.picker()));
		}
		return answer(comparisons.roles(roles), "compare/roles");
	}

	@GetMapping("/compare/{pair}")
	ModelAndView pair(@PathVariable String pair) {
		return answer(comparisons.pair(pair), "compare/pair");
	}

	private static ModelAndView answer(CompareOutcome<? extends ComparisonPage> outcome, String view) {
		if (outcome instanceof CompareOutcome.Redirect<?> redirect) {
			RedirectView target = new RedirectView(redirect.location());
			target.setStatusCode(redirect.permanent() ? HttpStatus.MOVED_PERMANENTLY : HttpStatus.SEE_OTHER);
			target.setExposeModelAttributes(false);
			return new ModelAndView(target);
		}
		ComparisonPage page = ((CompareOutcome.Show<? extends ComparisonPage>) outcome).page();
		return new ModelAndView(view, Map.of("comparison", page, "canonical", page.path()));
	}

}
