package com.toolkitatlas.vocabulary;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class VocabularyController {

	private static final ToolRows TOOL_ROWS = new ToolRows();

	private final VocabularyService vocabulary;

	VocabularyController(VocabularyService vocabulary) {
		this.vocabulary = vocabulary;
	}

	@GetMapping("/skills")
	String skills(Model model) {
		model.addAttribute("index", vocabulary.skills());
		return "skills/index";
	}

	@GetMapping("/skills/{slug}")
	String skill(@PathVariable String slug, Model model) {
		model.addAttribute("page", vocabulary.skill(slug));
		return "skills/skill";
	}

	@GetMapping("/tools")
	String tools(Model model) {
		model.addAttribute("index", vocabulary.tools());
		model.addAttribute("rows", TOOL_ROWS);
		return "tools/index";
	}

	@GetMapping("/tools/{slug}")
	String tool(@PathVariable String slug, Model model) {
		model.addAttribute("page", vocabulary.tool(slug));
		return "tools/tool";
	}

}
