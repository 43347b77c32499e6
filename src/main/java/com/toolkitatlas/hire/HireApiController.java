package com.toolkitatlas.hire;

import com.toolkitatlas.web.PermanentRedirect;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Hiring", description = "Whom to hire for what you are building")
class HireApiController {

	private final HireService hire;

	HireApiController(HireService hire) {
		this.hire = hire;
	}

	@GetMapping("/api/hire")
	@Operation(summary = "Plan whom to hire for a set of projects",
			description = "The same computation as the /hire form. Give one project parameter per kind of project "
					+ "(the response lists them all under projectKinds) and optionally the stage. The role to hire "
					+ "first is the one core to the most of your projects; a tie goes to the role whose hiring text "
					+ "suits the stage, then to the one that helps with more of them. Each project a role serves "
					+ "cites the role's use case or hiring text it rests on. Without a project, first is null. An "
					+ "unknown kind of project or stage is a 400 that names it; a choice written in another order or "
					+ "with repeated values is redirected (301) to its canonical address.")
	ResponseEntity<HireResource> hire(HireRequest request) {
		HireQuery query = hire.read(request);
		if (!query.spelledAsIn(request)) {
			return PermanentRedirect.of("/api" + query.href());
		}
		return ResponseEntity.ok(hire.resource(query));
	}

}
