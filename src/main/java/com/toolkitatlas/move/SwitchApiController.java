package com.toolkitatlas.move;

import com.toolkitatlas.fit.KnownRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Switch", description = "The way from one role to another")
class SwitchApiController {

	private final SwitchService switches;

	SwitchApiController(SwitchService switches) {
		this.switches = switches;
	}

	@GetMapping("/api/switch/{move}")
	@Operation(summary = "From one role to another",
			description = "What carries over (the skills, tools and languages both roles use), what to learn (the "
					+ "target's items the current role lacks, core first, less what you say you know), what stays "
					+ "behind, the pay difference where the two headline figures are comparable, and a verdict from the "
					+ "share of the target's toolkit, weighted as on /api/fit, that is already covered.")
	SwitchResource move(
			@Parameter(
					description = "{from}-to-{to}, such as backend-engineer-to-ml-engineer") @PathVariable String move,
			@ParameterObject KnownRequest known) {
		return switches.resource(move, known);
	}

}
