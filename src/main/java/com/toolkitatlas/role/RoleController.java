package com.toolkitatlas.role;

import com.toolkitatlas.hire.HireService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class RoleController {

	private final RoleService roles;

	private final HireService hire;

	RoleController(RoleService roles, HireService hire) {
		this.roles = roles;
		this.hire = hire;
	}

	@GetMapping("/roles/{slug}")
	String profile(@PathVariable String slug, Model model) {
		ProfilePage page = roles.page(slug);
		RoleProfile profile = page.profile();
		model.addAttribute("profile", profile);
		model.addAttribute("page", page);
		model.addAttribute("hireHref", hire.hrefFor(profile.role()));
		model.addAttribute("jsonLd", roles.jsonLd(profile.role()));
		return "roles/profile";
	}

}
