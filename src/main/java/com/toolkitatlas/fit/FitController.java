package com.toolkitatlas.fit;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class FitController {

	private final FitService fits;

	FitController(FitService fits) {
		this.fits = fits;
	}

	/**
	 * The form of what a person knows; with items ticked, also the roles ranked by fit.
	 */
	@GetMapping("/fit")
	String fit(KnownRequest known, Model model) {
		FitPage page = fits.page(known);
		model.addAttribute("page", page);
		model.addAttribute("canonical", page.href());
		return "fit/fit";
	}

}
