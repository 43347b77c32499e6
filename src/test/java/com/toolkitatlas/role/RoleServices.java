package com.toolkitatlas.role;

import java.util.List;
import java.util.Map;

import com.toolkitatlas.catalogue.Catalogue;
import com.toolkitatlas.salary.Occupations;
import com.toolkitatlas.salary.SalaryCharts;
import tools.jackson.databind.json.JsonMapper;

/** The role service over a catalogue without official occupations, for unit tests. */
public final class RoleServices {

	private RoleServices() {
	}

	public static RoleService over(Catalogue catalogue) {
		return new RoleService(catalogue, new SalaryCharts(), new Occupations(Map.of(), List.of()),
				JsonMapper.builder().build(), "http://localhost:8080");
	}

}
