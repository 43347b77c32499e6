package com.toolkitatlas.pick;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class PickController {

	private final PickService pick;

	PickController(PickService pick) {
		this.pick = pick;
	}

	/**
	 * The questionnaire; with answers in the query string, also the ranking they give.
	 */
	@GetMapping("/pick")
	String pick(@RequestParam MultiValueMap<String, String> parameters, Model model) {
		PickPage page = pick.page(parameters);
		model.addAttribute("page", page);
		model.addAttribute("canonical", page.answered() ? page.result().link() : "/pick");
		return "pick";
	}

}
