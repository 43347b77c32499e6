package com.toolkitatlas.home;

import com.toolkitatlas.role.RoleService;
import com.toolkitatlas.salary.SalaryCharts;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

	private final RoleService roles;

	private final SalaryCharts salaryCharts;

	HomeController(RoleService roles, SalaryCharts salaryCharts) {
		this.roles = roles;
		this.salaryCharts = salaryCharts;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("roles", roles.roles());
		model.addAttribute("roleNames", roles.names());
		model.addAttribute("salaryChart", salaryCharts.headlines(roles.roles()));
		return "home";
	}

}
