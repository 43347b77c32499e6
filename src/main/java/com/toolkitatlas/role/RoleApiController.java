package com.toolkitatlas.role;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Roles", description = "The career toolkits of the catalogue")
class RoleApiController {

	private final RoleService roles;

	RoleApiController(RoleService roles) {
		this.roles = roles;
	}

	@GetMapping("/api/roles/{slug}")
	@Operation(summary = "One role in full", description = "Everything the role's profile shows: skills, tools "
			+ "with their cost model, languages, workflows, theory, use cases, every salary figure with its source, "
			+ "hiring companies, career steps and the narrative texts of every comparison topic.")
	RoleResource role(@Parameter(description = "The role's slug, such as ml-engineer") @PathVariable String slug) {
		return roles.resource(slug);
	}

}
