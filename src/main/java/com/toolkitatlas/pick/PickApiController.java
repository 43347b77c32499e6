package com.toolkitatlas.pick;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "How to pick", description = "The questionnaire's ranking of the roles, with its reasons")
class PickApiController {

	private final PickService pick;

	PickApiController(PickService pick) {
		this.pick = pick;
	}

	@GetMapping("/api/pick")
	@Operation(summary = "Rank the roles for a set of answers", description = "The same parameters as the /pick form, "
			+ "one per question, each listed with the answers it takes. Every role comes back with its score and the "
			+ "answers that raised or lowered it. The response also lists the questions and the answers each accepts; "
			+ "an answer not understood is a 400 naming the question, and parameters that are not questions are "
			+ "ignored.")
	PickResource pick(
			// Hidden here: PickApiParameters documents one parameter per question of the
			// guide.
			@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters) {
		return pick.resource(parameters);
	}

}
