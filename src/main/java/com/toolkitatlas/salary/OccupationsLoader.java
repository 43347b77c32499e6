package com.toolkitatlas.salary;

import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.toolkitatlas.catalogue.Catalogue;
import com.toolkitatlas.catalogue.Period;
import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.catalogue.Source;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads the occupations and the roles' mappings to them once at start-up (one query per
 * table). An unknown source, a malformed period, or a role without an occupation fails
 * start-up, so a broken migration cannot reach a page.
 */
@Configuration(proxyBeanMethods = false)
@EnableJpaRepositories(basePackageClasses = OccupationRepositories.class, considerNestedRepositories = true)
class OccupationsLoader {

	@Bean
	Occupations occupations(Catalogue catalogue, OccupationRepositories.OccupationRows occupations,
			OccupationRepositories.RoleOccupationRows mappings, PlatformTransactionManager transactions) {
		TransactionTemplate readOnly = new TransactionTemplate(transactions);
		readOnly.setReadOnly(true);
		return readOnly.execute(status -> load(catalogue, occupations, mappings));
	}

	private static Occupations load(Catalogue catalogue, OccupationRepositories.OccupationRows occupations,
			OccupationRepositories.RoleOccupationRows mappings) {
		Map<String, Occupation> bySoc = occupations.findAll(Sort.by("socCode"))
			.stream()
			.map(row -> occupation(row, catalogue))
			.collect(Collectors.toMap(Occupation::socCode, Function.identity(), (a, b) -> a, LinkedHashMap::new));
		Map<String, List<RoleOccupation>> byRole = mappings.findAll()
			.stream()
			.sorted(Comparator.comparingInt(row -> row.getKey().position()))
			.collect(Collectors.groupingBy(row -> row.getKey().role(), LinkedHashMap::new,
					Collectors.mapping(row -> new RoleOccupation(known(bySoc, row.getSocCode()), row.isProxy(),
							row.getReason(), row.getConfidence()), Collectors.toList())));
		for (Role role : catalogue.roles()) {
			if (!byRole.containsKey(role.slug())) {
				throw new IllegalStateException("Role " + role.slug() + " has no official occupation");
			}
		}
		return new Occupations(byRole, List.copyOf(bySoc.values()));
	}

	private static Occupation occupation(OccupationEntity row, Catalogue catalogue) {
		Map<Measure, OccupationFigure> figures = new EnumMap<>(Measure.class);
		for (OccupationEntity.Figure figure : row.getFigures()) {
			Measure measure = Measure.valueOf(figure.measure());
			List<Source> agreeing = figure.agreeing() == null ? List.of()
					: Arrays.stream(figure.agreeing().split(",")).map(code -> source(catalogue, code.trim())).toList();
			figures.put(measure,
					new OccupationFigure(measure, figure.amount().stripTrailingZeros(), figure.approximate(),
							new Period(figure.periodLabel(), figure.periodValue()), source(catalogue, figure.source()),
							agreeing));
		}
		return new Occupation(row.getSocCode(), row.getTitle(), java.util.Collections.unmodifiableMap(figures));
	}

	private static Source source(Catalogue catalogue, String code) {
		return catalogue.source(code)
			.orElseThrow(() -> new IllegalStateException("An occupation figure cites an unknown source: " + code));
	}

	private static Occupation known(Map<String, Occupation> bySoc, String soc) {
		Occupation occupation = bySoc.get(soc);
		if (occupation == null) {
			throw new IllegalStateException("A role maps to an unknown occupation: " + soc);
		}
		return occupation;
	}

}
