package com.toolkitatlas.move;

import java.util.Map;

import com.toolkitatlas.fit.KnownRequest;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

@Controller
class SwitchController {

	private final SwitchService switches;

	SwitchController(SwitchService switches) {
		this.switches = switches;
	}

	/**
	 * The way from one role to another; a role named twice sends the reader to its
	 * profile.
	 */
	@GetMapping("/switch/{move}")
	ModelAndView move(@PathVariable String move, KnownRequest known) {
		Route route = switches.route(move);
		if (route.sameRole()) {
			RedirectView profile = new RedirectView("/roles/" + route.from().slug());
			profile.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
			profile.setExposeModelAttributes(false);
			return new ModelAndView(profile);
		}
		RoleSwitch page = switches.between(route, known);
		return new ModelAndView("switch/switch", Map.of("move", page, "canonical", page.known().on(page.path())));
	}

}
