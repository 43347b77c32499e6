package com.toolkitatlas.filter;

import com.toolkitatlas.web.CsvResponse;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Roles", description = "The career toolkits of the catalogue")
class RoleSearchApiController {

	private final RoleFilterService filters;

	RoleSearchApiController(RoleFilterService filters) {
		this.filters = filters;
	}

	@GetMapping("/api/roles")
	@Operation(summary = "List and filter the roles", description = "Every role, or those a filter keeps: a role must "
			+ "have every chosen skill, tool and language, reach the minimum pay with the top of its headline figure, "
			+ "and contain every search word (synonyms such as k8s or postgres count) in its name, skills, tools, "
			+ "languages, use cases or advice on when to hire one, or in the name of a kind of project that needs it "
			+ "(as /hire links them). Each role says what matched and how central it is, and roles to which it is "
			+ "core come first, unless sort asks for the roles by the official median pay or the projected growth "
			+ "of their occupation (each sorted role then carries the figure as sortedBy); every option comes with "
			+ "the number of roles it would leave. An unknown slug, a pay that is not a whole number from 0 to "
			+ "1,000,000, a search over 200 characters or a sort other than pay or growth is a 400.")
	RoleSearchResource roles(FilterRequest filter) {
		return filters.resource(filter);
	}

	@GetMapping("/api/roles.csv")
	@Operation(summary = "The roles as CSV",
			description = "One row per role the filter keeps (all roles without a "
					+ "filter), with its headline pay figure and source, core skills, core tools and languages.")
	@ApiResponse(responseCode = "200", description = "One row per role",
			content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
	ResponseEntity<String> csv(FilterRequest filter) {
		return CsvResponse.of("roles.csv", filters.csv(filter));
	}

}
