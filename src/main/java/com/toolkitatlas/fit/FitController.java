package com.toolkitatlas.fit;

import java.util.Map;

import com.toolkitatlas.web.PermanentRedirect;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

@Controller
class FitController {

	private final FitService fits;

	FitController(FitService fits) {
		this.fits = fits;
	}

	/**
	 * The form of what a person knows; with items ticked, also the roles ranked by fit.
	 * What is known spelled differently from its canonical address (another order, a
	 * repeated value, commas, capitals) is redirected to it.
	 */
	@GetMapping("/fit")
	ModelAndView fit(KnownRequest request, HttpServletRequest sent) {
		KnownItems known = fits.read(request, "/fit");
		if (!known.spelledAsIn(KnownRequest.asSent(sent.getParameterMap()))) {
			return new ModelAndView(PermanentRedirect.to(known.on("/fit")));
		}
		FitPage page = fits.page(known);
		return new ModelAndView("fit/fit", Map.of("page", page, "canonical", page.href()));
	}

}
