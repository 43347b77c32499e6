package com.toolkitatlas.compare;

import java.util.List;

import com.toolkitatlas.web.CsvResponse;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Comparisons", description = "Two or more roles side by side")
class CompareApiController {

	private static final String ROLES = "Two or more role slugs, up to every role of the catalogue, comma-separated or repeated: "
			+ "roles=ml-engineer,backend-engineer";

	/**
	 * Two roles, so the reference's "Try it" link answers with a comparison, not a 400.
	 */
	private static final String EXAMPLE_ROLES = "ml-engineer,backend-engineer";

	private final ComparisonService comparisons;

	CompareApiController(ComparisonService comparisons) {
		this.comparisons = comparisons;
	}

	@GetMapping("/api/compare")
	@Operation(summary = "Compare roles", description = "The at-a-glance rows of the comparison page, each role's "
			+ "headline pay with a warning when the figures are not of the same kind, and the similarity of every two "
			+ "roles. For exactly two roles also the pair's difference, both roles' texts on every comparison topic, "
			+ "the pair's own notes and the skill and tool overlap. One role, more roles than the catalogue holds or a "
			+ "repeated role is a " + "400; an unknown slug a 404.")
	CompareResource compare(@Parameter(description = ROLES, example = EXAMPLE_ROLES) @RequestParam(name = "roles",
			required = false) List<String> roles) {
		return comparisons.resource(roles == null ? List.of() : roles);
	}

	@GetMapping("/api/compare.csv")
	@ApiResponse(responseCode = "200", description = "The table, one column per role",
			content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
	@Operation(summary = "A comparison table as CSV",
			description = "The at-a-glance rows, one column per role, " + "for a spreadsheet.")
	ResponseEntity<String> csv(@Parameter(description = ROLES, example = EXAMPLE_ROLES) @RequestParam(name = "roles",
			required = false) List<String> roles) {
		return CsvResponse.of("comparison.csv", comparisons.csv(roles == null ? List.of() : roles));
	}

}
