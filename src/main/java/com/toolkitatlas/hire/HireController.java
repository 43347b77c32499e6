package com.toolkitatlas.hire;

import java.util.Map;

import com.toolkitatlas.web.PermanentRedirect;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

@Controller
class HireController {

	private final HireService hire;

	HireController(HireService hire) {
		this.hire = hire;
	}

	/**
	 * The form; with projects ticked, also the plan. A choice spelled differently from
	 * its canonical address (another order, a repeated or empty value) is redirected to
	 * it.
	 */
	@GetMapping("/hire")
	ModelAndView hire(HireRequest request) {
		HireQuery query = hire.read(request);
		if (!query.spelledAsIn(request)) {
			return new ModelAndView(PermanentRedirect.to(query.href()));
		}
		HirePage page = hire.page(query);
		return new ModelAndView("hire", Map.of("page", page, "canonical", page.href()));
	}

}
