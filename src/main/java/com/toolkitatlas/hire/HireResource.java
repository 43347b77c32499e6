package com.toolkitatlas.hire;

import java.util.Arrays;
import java.util.List;

import com.toolkitatlas.catalogue.Role;

/**
 * A hiring plan as the JSON API returns it: the same computation as {@code /hire}, with
 * the kinds of project and stages the API accepts.
 *
 * @param first the role to hire first, or null when no project is given
 * @param projectKinds every kind of project the {@code project} parameter accepts
 */
public record HireResource(Applied query, Hire first, List<Hire> alsoNeeded, List<Colleague> colleagues,
		List<Comparison> comparisons, List<Kind> projectKinds, List<Kind> stages, Links links) {

	static HireResource of(HirePlan plan, HiringGuide guide) {
		HireQuery query = plan.query();
		return new HireResource(
				new Applied(query.projects().stream().map(ProjectKind::slug).toList(),
						query.stage() == null ? null : query.stage().slug()),
				plan.hasFirst() ? Hire.of(plan.first()) : null, plan.others().stream().map(Hire::of).toList(),
				plan.colleagues()
					.stream()
					.map(person -> new Colleague(person.name(),
							person.role() == null ? null : RoleRef.of(person.role())))
					.toList(),
				plan.comparisons()
					.stream()
					.map(pair -> new Comparison(List.of(pair.first().slug(), pair.other().slug()), pair.href(),
							pair.reason()))
					.toList(),
				guide.kinds().stream().map(kind -> new Kind(kind.slug(), kind.name())).toList(),
				Arrays.stream(Stage.values()).map(stage -> new Kind(stage.slug(), stage.label())).toList(),
				new Links("/api" + query.href(), query.href()));
	}

	/**
	 * The choice as understood: kinds of project in form order, and the stage or null.
	 */
	public record Applied(List<String> project, String stage) {
	}

	/**
	 * A role the projects need.
	 *
	 * @param coreTo the chosen projects the role is core to, with what each link cites
	 * @param helpsWith the chosen projects it helps with
	 * @param stageFit the phrase of its hiring text that ties it to the chosen stage, or
	 * null
	 */
	public record Hire(RoleRef role, String whenToHire, List<Project> coreTo, List<Project> helpsWith,
			String stageFit) {

		static Hire of(HirePlan.Candidate candidate) {
			return new Hire(RoleRef.of(candidate.role()), candidate.whenToHire(),
					candidate.core().stream().map(Project::of).toList(),
					candidate.secondary().stream().map(Project::of).toList(),
					candidate.stageReason().map(StageLean::hiringPhrase).orElse(null));
		}
	}

	/**
	 * @param cites {@code use-case} or {@code hiring-text}
	 * @param citation the use case's title or the phrase of the hiring text
	 */
	public record Project(String slug, String name, String importance, String cites, String citation) {

		static Project of(HirePlan.Match match) {
			ProjectLink link = match.link();
			return new Project(match.project().slug(), match.project().name(), link.importance().name(),
					link.citesUseCase() ? "use-case" : "hiring-text",
					link.citesUseCase() ? link.useCase().title() : link.hiringPhrase());
		}
	}

	public record RoleRef(String slug, String name, String href) {

		static RoleRef of(Role role) {
			return new RoleRef(role.slug(), role.name(), "/roles/" + role.slug());
		}
	}

	/**
	 * Someone the first role works with; role is null for people outside the catalogue.
	 */
	public record Colleague(String name, RoleRef role) {
	}

	public record Comparison(List<String> roles, String href, String reason) {
	}

	public record Kind(String slug, String name) {
	}

	public record Links(String self, String html) {
	}

}
