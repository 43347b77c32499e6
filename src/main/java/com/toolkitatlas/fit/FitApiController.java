package com.toolkitatlas.fit;

import com.toolkitatlas.web.PermanentRedirect;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Fit", description = "Which role fits what you already know, and what to learn next")
class FitApiController {

	private final FitService fits;

	FitApiController(FitService fits) {
		this.fits = fits;
	}

	@GetMapping("/api/fit")
	@Operation(summary = "Roles ranked by what you know",
			description = "Every role ranked by the importance-weighted coverage of its toolkit: each skill, tool "
					+ "and language the role uses counts 2 when core and 1 when secondary, and the fit is the weight "
					+ "of what you know over the weight of the whole toolkit. Ties go to the role with more of its "
					+ "core items known, then to the site's order of roles. learnNext lists the items that would raise "
					+ "the fit of the three best roles the most. An unknown slug is a 400 that names it and suggests "
					+ "the nearest; a value given twice counts once. The same items written in another order, "
					+ "repeated, in capitals or with commas are redirected (301) to their canonical address.")
	ResponseEntity<FitResource> fit(KnownRequest request, HttpServletRequest sent) {
		KnownItems known = fits.read(request, "/api/fit");
		if (!known.spelledAsIn(KnownRequest.asSent(sent.getParameterMap()))) {
			return PermanentRedirect.of(known.on("/api/fit"));
		}
		return ResponseEntity.ok(fits.resource(known));
	}

}
