package com.toolkitatlas.alternative;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Alternatives", description = "The other roles ranked for someone leaving a role")
class AlternativesApiController {

	private final AlternativeService alternatives;

	AlternativesApiController(AlternativeService alternatives) {
		this.alternatives = alternatives;
	}

	@GetMapping("/api/roles/{slug}/alternatives")
	@Operation(summary = "Alternatives to a role", description = "Every other role in order, with the reason for "
			+ "each place (skills and tools in common, the pay difference where the figures are comparable), how each "
			+ "differs, and the how-to-pick condition. The method is EDITORIAL where a source gives an order (the ML "
			+ "Engineer) and SIMILARITY otherwise; each entry says which decided its place, since a source's order "
			+ "may leave roles out, which then follow by similarity.")
	AlternativesResource alternatives(
			@Parameter(description = "The role's slug, such as ml-engineer") @PathVariable String slug) {
		return AlternativesResource.of(alternatives.of(slug));
	}

}
