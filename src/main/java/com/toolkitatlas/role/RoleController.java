package com.toolkitatlas.role;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class RoleController {

	private final RoleService roles;

	RoleController(RoleService roles) {
		this.roles = roles;
	}

	@GetMapping("/roles/{slug}")
	String profile(@PathVariable String slug, Model model) {
		RoleProfile profile = roles.profile(slug);
		model.addAttribute("profile", profile);
		model.addAttribute("jsonLd", roles.jsonLd(profile.role()));
		return "roles/profile";
	}

}
