package com.toolkitatlas.home;

import com.toolkitatlas.compare.ComparisonService;
import com.toolkitatlas.role.RoleService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

	private final RoleService roles;

	private final ComparisonService comparisons;

	HomeController(RoleService roles, ComparisonService comparisons) {
		this.roles = roles;
		this.comparisons = comparisons;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("roles", roles.roles());
		model.addAttribute("roleNames", roles.names());
		model.addAttribute("picker", comparisons.picker());
		return "home";
	}

}
