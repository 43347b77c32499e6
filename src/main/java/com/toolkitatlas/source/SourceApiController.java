package com.toolkitatlas.source;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Sources", description = "Where every figure comes from")
class SourceApiController {

	private final SourceService sources;

	SourceApiController(SourceService sources) {
		this.sources = sources;
	}

	@GetMapping("/api/sources")
	@Operation(summary = "List the sources", description = "Every source the catalogue cites, with its address, "
			+ "date, what it measured and a confidence grade (A official or vendor, B secondary naming its primary "
			+ "source, C unclear method; the undated articles that define the roles carry none), and the licence or pricing page behind each checked "
			+ "tool cost.")
	SourceService.SourcesResource sources() {
		return sources.resource();
	}

}
