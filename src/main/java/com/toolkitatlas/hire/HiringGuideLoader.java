package com.toolkitatlas.hire;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.toolkitatlas.catalogue.Catalogue;
import com.toolkitatlas.catalogue.Importance;
import com.toolkitatlas.catalogue.Items.UseCase;
import com.toolkitatlas.catalogue.Role;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads the hiring tables once at start-up, one query each. Four small read-only tables
 * that only this package reads do not earn entities and repositories of their own. A slug
 * or a use case nobody knows fails start-up.
 */
@Configuration(proxyBeanMethods = false)
class HiringGuideLoader {

	@Bean
	HiringGuide hiringGuide(Catalogue catalogue, JdbcClient jdbc) {
		Map<String, List<ProjectLink>> links = new LinkedHashMap<>();
		jdbc.sql("""
				select project_slug, role_slug, importance, use_case_position, hiring_phrase from project_role
				order by project_slug, importance, role_slug""").query((row, number) -> {
			Role role = role(catalogue, row.getString("role_slug"));
			Integer position = row.getObject("use_case_position", Integer.class);
			UseCase useCase = position == null ? null : useCase(role, position);
			links.computeIfAbsent(row.getString("project_slug"), slug -> new ArrayList<>())
				.add(new ProjectLink(role, Importance.valueOf(row.getString("importance")), useCase,
						row.getString("hiring_phrase")));
			return null;
		}).list();
		List<ProjectKind> kinds = jdbc.sql("select slug, name from project_kind order by position")
			.query((row, number) -> new ProjectKind(row.getString("slug"), row.getString("name"),
					ordered(links.getOrDefault(row.getString("slug"), List.of()))))
			.list();

		Map<Role, StageLean> leans = new LinkedHashMap<>();
		jdbc.sql("select role_slug, stage, hiring_phrase from role_hiring_stage").query((row, number) -> {
			leans.put(role(catalogue, row.getString("role_slug")),
					new StageLean(Stage.valueOf(row.getString("stage")), row.getString("hiring_phrase")));
			return null;
		}).list();

		Map<String, String> collaboratorRoles = new LinkedHashMap<>();
		jdbc.sql("select role_slug, position, collaborator_role_slug from collaborator_role")
			.query((row, number) -> collaboratorRoles.put(row.getString("role_slug") + "#" + row.getInt("position"),
					row.getString("collaborator_role_slug")))
			.list();
		Map<Role, List<Collaborator>> collaborators = new LinkedHashMap<>();
		for (Role role : catalogue.roles()) {
			List<Collaborator> people = new ArrayList<>();
			for (int index = 0; index < role.collaborators().size(); index++) {
				String other = collaboratorRoles.get(role.slug() + "#" + (index + 1));
				people.add(new Collaborator(role.collaborators().get(index),
						other == null ? null : role(catalogue, other)));
			}
			collaborators.put(role, people);
		}
		return new HiringGuide(catalogue.roles(), catalogue.pairs(), kinds, leans, collaborators);
	}

	/** Core links first, then in the roles' display order. */
	private static List<ProjectLink> ordered(List<ProjectLink> links) {
		return links.stream()
			.sorted(Comparator.comparing(ProjectLink::importance).thenComparingInt(link -> link.role().displayOrder()))
			.toList();
	}

	private static Role role(Catalogue catalogue, String slug) {
		return catalogue.role(slug)
			.orElseThrow(() -> new IllegalStateException("The hiring tables name an unknown role: " + slug));
	}

	private static UseCase useCase(Role role, int position) {
		if (position < 1 || position > role.useCases().size() || role.useCases().get(position - 1) == null) {
			throw new IllegalStateException(
					"The hiring tables cite use case " + position + " of " + role.slug() + ", which it does not have");
		}
		return role.useCases().get(position - 1);
	}

}
