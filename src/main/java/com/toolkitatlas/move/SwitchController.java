package com.toolkitatlas.move;

import java.util.Map;

import com.toolkitatlas.fit.KnownItems;
import com.toolkitatlas.fit.KnownRequest;
import com.toolkitatlas.web.PermanentRedirect;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

@Controller
class SwitchController {

	private final SwitchService switches;

	SwitchController(SwitchService switches) {
		this.switches = switches;
	}

	/**
	 * The way from one role to another; a role named twice sends the reader to its
	 * profile, and what is known spelled differently from its canonical address to that
	 * address.
	 */
	@GetMapping("/switch/{move}")
	ModelAndView move(@PathVariable String move, KnownRequest request, HttpServletRequest sent) {
		Route route = switches.route(move);
		if (route.sameRole()) {
			return new ModelAndView(PermanentRedirect.to("/roles/" + route.from().slug()));
		}
		KnownItems known = switches.read(route, request, "");
		if (!known.spelledAsIn(KnownRequest.asSent(sent.getParameterMap()))) {
			return new ModelAndView(PermanentRedirect.to(known.on(RoleSwitch.path(route.from(), route.to()))));
		}
		RoleSwitch page = switches.between(route, known);
		return new ModelAndView("switch/switch", Map.of("move", page, "canonical", page.known().on(page.path())));
	}

}
