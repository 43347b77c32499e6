package com.toolkitatlas.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.toolkitatlas.hire.HiringGuide;
import com.toolkitatlas.hire.HiringGuideFixture;
import com.toolkitatlas.salary.Occupation;
import com.toolkitatlas.salary.Occupations;
import com.toolkitatlas.salary.PayComparisons;
import com.toolkitatlas.salary.RoleOccupation;
import com.toolkitatlas.salary.SalaryCharts;
import com.toolkitatlas.catalogue.Catalogue;
import com.toolkitatlas.catalogue.CatalogueFixture;
import com.toolkitatlas.filter.Synonyms;
import com.toolkitatlas.filter.SynonymsFixture;
import com.toolkitatlas.pick.PickGuide;
import com.toolkitatlas.pick.PickGuideFixture;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The fixture catalogue, its how-to-pick guide and its short forms as beans, in place of
 * what the application reads from the database at start-up.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FixtureConfiguration {

	@Bean
	Catalogue catalogue() {
		return CatalogueFixture.catalogue();
	}

	@Bean
	PickGuide pickGuide(Catalogue catalogue) {
		return PickGuideFixture.guide(catalogue);
	}

	@Bean
	Synonyms synonyms() {
		return SynonymsFixture.synonyms();
	}

	/**
	 * One official occupation for every role, a proxy without figures: the pages say
	 * which figures are missing.
	 */
	@Bean
	Occupations occupations(Catalogue catalogue) {
		return occupationsOf(catalogue);
	}

	/** The same occupations, for plain unit tests of the services that read them. */
	public static Occupations occupationsOf(Catalogue catalogue) {
		Occupation occupation = new Occupation("15-0000", "Fixture occupation", Map.of());
		Map<String, List<RoleOccupation>> byRole = new LinkedHashMap<>();
		catalogue.roles()
			.forEach(role -> byRole.put(role.slug(),
					List.of(new RoleOccupation(occupation, true, "No occupation of its own in the fixture.", "B"))));
		return new Occupations(byRole, List.of(occupation));
	}

	@Bean
	PayComparisons payComparisons(Occupations occupations, SalaryCharts charts) {
		return new PayComparisons(occupations, charts);
	}

	/** One kind of project per role. */
	@Bean
	HiringGuide hiringGuide(Catalogue catalogue) {
		return HiringGuideFixture.oneKindPerRole(catalogue);
	}

}
