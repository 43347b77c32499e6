package com.toolkitatlas.home;

import com.toolkitatlas.role.RoleService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

	private final RoleService roles;

	HomeController(RoleService roles) {
		this.roles = roles;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("roles", roles.roles());
		model.addAttribute("roleNames", roles.names());
		return "home";
	}

}
