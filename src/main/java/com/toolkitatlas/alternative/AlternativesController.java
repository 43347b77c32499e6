package com.toolkitatlas.alternative;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class AlternativesController {

	private final AlternativeService alternatives;

	AlternativesController(AlternativeService alternatives) {
		this.alternatives = alternatives;
	}

	@GetMapping("/roles/{slug}/alternatives")
	String alternatives(@PathVariable String slug, Model model) {
		Alternatives page = alternatives.of(slug);
		model.addAttribute("page", page);
		model.addAttribute("canonical", "/roles/" + page.role().slug() + "/alternatives");
		return "roles/alternatives";
	}

}
