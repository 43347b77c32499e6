package com.toolkitatlas.vocabulary;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Skills and tools", description = "The shared vocabulary of the roles")
class VocabularyApiController {

	private final VocabularyService vocabulary;

	VocabularyApiController(VocabularyService vocabulary) {
		this.vocabulary = vocabulary;
	}

	@GetMapping("/api/skills")
	@Operation(summary = "List the skills", description = "Every skill in category order, with the roles that need it "
			+ "and how central it is to each.")
	List<VocabularyResource> skills() {
		return vocabulary.skillResources();
	}

	@GetMapping("/api/skills/{slug}")
	@Operation(summary = "One skill", description = "The skill's category and the roles that need it.")
	VocabularyResource skill(@Parameter(description = "The skill's slug, such as mlops") @PathVariable String slug) {
		return vocabulary.skillResource(slug);
	}

	@GetMapping("/api/tools")
	@Operation(summary = "List the tools", description = "Every tool in category order, with how it is paid for where "
			+ "the catalogue has checked it (with the licence or pricing page), and the roles that use it.")
	List<VocabularyResource> tools() {
		return vocabulary.toolResources();
	}

	@GetMapping("/api/tools/{slug}")
	@Operation(summary = "One tool",
			description = "The tool's category, cost model with its evidence, and the roles " + "that use it.")
	VocabularyResource tool(@Parameter(description = "The tool's slug, such as kubernetes") @PathVariable String slug) {
		return vocabulary.toolResource(slug);
	}

}
