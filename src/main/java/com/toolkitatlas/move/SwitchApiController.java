package com.toolkitatlas.move;

import com.toolkitatlas.fit.KnownItems;
import com.toolkitatlas.fit.KnownRequest;
import com.toolkitatlas.web.PermanentRedirect;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
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
					+ "share of the target's toolkit, weighted as on /api/fit, that is already covered. The same items "
					+ "written in another order, repeated, in capitals or with commas are redirected (301) to their "
					+ "canonical address.")
	ResponseEntity<SwitchResource> move(
			@Parameter(
					description = "{from}-to-{to}, such as backend-engineer-to-ml-engineer") @PathVariable String move,
			KnownRequest request, HttpServletRequest sent) {
		Route route = switches.apiRoute(move);
		KnownItems known = switches.read(route, request, "/api");
		if (!known.spelledAsIn(KnownRequest.asSent(sent.getParameterMap()))) {
			return PermanentRedirect.of(known.on("/api" + RoleSwitch.path(route.from(), route.to())));
		}
		return ResponseEntity.ok(SwitchResource.of(switches.between(route, known)));
	}

}
