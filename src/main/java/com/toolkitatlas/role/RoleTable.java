package com.toolkitatlas.role;

import java.util.ArrayList;
import java.util.List;

import com.toolkitatlas.catalogue.Links.RoleLanguage;
import com.toolkitatlas.catalogue.Links.RoleSkill;
import com.toolkitatlas.catalogue.Links.RoleTool;
import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.catalogue.SalaryFigure;
import com.toolkitatlas.web.Csv;

/**
 * Roles as one spreadsheet table: a row per role, its headline pay figure spelled out
 * with its source.
 */
public final class RoleTable {

	static final List<String> HEADER = List.of("slug", "name", "primary_focus", "key_responsibility",
			"typical_deliverable", "salary_basis", "salary_amount_usd", "salary_low_usd", "salary_high_usd",
			"salary_range", "salary_region", "salary_period", "salary_label", "salary_source", "salary_source_url",
			"core_skills", "core_tools", "languages");

	private RoleTable() {
	}

	public static String csv(List<Role> roles) {
		return Csv.of(rows(roles));
	}

	static List<List<String>> rows(List<Role> roles) {
		List<List<String>> rows = new ArrayList<>();
		rows.add(HEADER);
		for (Role role : roles) {
			SalaryFigure pay = role.headlineSalary();
			rows.add(List.of(role.slug(), role.name(), role.primaryFocus(), role.keyResponsibility(),
					role.typicalDeliverable(), pay.basis().name(), text(pay.amountUsd()), text(pay.lowUsd()),
					text(pay.highUsd()), pay.rangeLabel() == null ? "" : pay.rangeLabel(), pay.region(), pay.period(),
					pay.label(), pay.source().title(), pay.source().url() == null ? "" : pay.source().url(),
					String.join("; ", role.coreSkills().stream().map(RoleSkill::skill).map(s -> s.name()).toList()),
					String.join("; ", role.coreTools().stream().map(RoleTool::tool).map(t -> t.name()).toList()),
					String.join("; ",
							role.languages().stream().map(RoleLanguage::language).map(l -> l.name()).toList())));
		}
		return rows;
	}

	private static String text(Integer value) {
		return value == null ? "" : value.toString();
	}

}
