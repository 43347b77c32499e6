package com.toolkitatlas.api;

import io.swagger.v3.oas.annotations.Hidden;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The API reference for people, in the site's layout. */
@Hidden
@Controller
class ApiReferenceController {

	private final ApiReferenceService references;

	ApiReferenceController(ApiReferenceService references) {
		this.references = references;
	}

	@GetMapping("/api")
	String reference(Model model) {
		model.addAttribute("reference", references.reference());
		return "api/reference";
	}

}
