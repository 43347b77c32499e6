package com.toolkitatlas.source;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class SourceController {

	private final SourceService sources;

	SourceController(SourceService sources) {
		this.sources = sources;
	}

	@GetMapping("/sources")
	String sources(Model model) {
		model.addAttribute("page", sources.page());
		return "sources";
	}

}
