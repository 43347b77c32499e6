package com.toolkitatlas.salary;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.toolkitatlas.catalogue.CatalogueFixture;
import com.toolkitatlas.catalogue.Period;
import com.toolkitatlas.catalogue.Role;

/**
 * Official occupations for the fixture catalogue's roles, built in Java for unit tests:
 * Backend and DevOps share one occupation, as in the real catalogue, and the Research
 * Scientist's occupation has no figure at all.
 */
public final class OccupationsFixture {

	public static final Occupation RESEARCH_SCIENTISTS = occupation("15-1221",
			"Computer and Information Research Scientists", 140_910, "19.7");

	public static final Occupation SOFTWARE_DEVELOPERS = occupation("15-1252", "Software Developers", 133_080, "15.8");

	public static final Occupation DATABASE_ARCHITECTS = occupation("15-1243", "Database Architects", 135_980, "8.7");

	public static final Occupation WITHOUT_FIGURES = new Occupation("15-0000", "An occupation without figures",
			Map.of());

	private OccupationsFixture() {
	}

	public static Occupations occupations() {
		Map<String, List<RoleOccupation>> byRole = new LinkedHashMap<>();
		put(byRole, CatalogueFixture.ML, RESEARCH_SCIENTISTS, true);
		put(byRole, CatalogueFixture.BACKEND, SOFTWARE_DEVELOPERS, true);
		put(byRole, CatalogueFixture.DATA, DATABASE_ARCHITECTS, true);
		put(byRole, CatalogueFixture.DEVOPS, SOFTWARE_DEVELOPERS, true);
		put(byRole, CatalogueFixture.RESEARCH, WITHOUT_FIGURES, false);
		return new Occupations(byRole,
				List.of(RESEARCH_SCIENTISTS, SOFTWARE_DEVELOPERS, DATABASE_ARCHITECTS, WITHOUT_FIGURES));
	}

	private static void put(Map<String, List<RoleOccupation>> byRole, Role role, Occupation occupation, boolean proxy) {
		byRole.put(role.slug(), List.of(new RoleOccupation(occupation, proxy, "Fixture mapping.", proxy ? "C" : "A")));
	}

	private static Occupation occupation(String soc, String title, int median, String growth) {
		Map<Measure, OccupationFigure> figures = new EnumMap<>(Measure.class);
		figures.put(Measure.MEDIAN, new OccupationFigure(Measure.MEDIAN, BigDecimal.valueOf(median), false,
				new Period("May 2024", "2024-05"), CatalogueFixture.SURVEY, List.of()));
		figures.put(Measure.GROWTH_PERCENT, new OccupationFigure(Measure.GROWTH_PERCENT, new BigDecimal(growth), false,
				new Period("2024–34", "2024/2034"), CatalogueFixture.SURVEY, List.of()));
		return new Occupation(soc, title, figures);
	}

}
