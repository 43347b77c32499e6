package com.toolkitatlas.hire;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import com.toolkitatlas.web.BadRequestException;
import com.toolkitatlas.web.UserInput;

/**
 * What a person is building: kinds of project in the form's order, without duplicates,
 * and the stage if they said. The same choice always has the same address
 * ({@link #href()}), which is the only one the page is served and cached under.
 *
 * @param stage the stage, or null when not given
 */
public record HireQuery(List<ProjectKind> projects, Stage stage) {

	/** How many unknown values a 400 quotes before it only counts the rest. */
	private static final int QUOTED = 5;

	public HireQuery {
		projects = List.copyOf(projects);
	}

	/**
	 * Reads the request: empty values count as not given; an unknown kind of project or
	 * stage is a bad request that names every unknown value and the ones accepted.
	 */
	public static HireQuery read(HiringGuide guide, HireRequest request) {
		List<String> unknown = request.project()
			.stream()
			.filter(HireQuery::given)
			.filter(slug -> guide.kind(slug).isEmpty())
			.distinct()
			.toList();
		if (!unknown.isEmpty()) {
			throw new BadRequestException("project",
					(unknown.size() == 1 ? "There is no kind of project " : "There are no kinds of project ")
							+ quoted(unknown) + ". The kinds are: "
							+ guide.kinds().stream().map(ProjectKind::slug).collect(Collectors.joining(", ")) + ".");
		}
		Stage stage = null;
		if (given(request.stage())) {
			stage = Stage.bySlug(request.stage())
				.orElseThrow(() -> new BadRequestException("stage", "There is no stage "
						+ UserInput.quote(request.stage()) + ". The stages are: prototype, production."));
		}
		List<ProjectKind> chosen = guide.kinds()
			.stream()
			.filter(kind -> request.project().contains(kind.slug()))
			.toList();
		return new HireQuery(chosen, stage);
	}

	private static boolean given(String value) {
		return value != null && !value.isBlank();
	}

	private static String quoted(List<String> values) {
		List<String> shown = new ArrayList<>(values.stream().limit(QUOTED).map(UserInput::quote).toList());
		if (values.size() > QUOTED) {
			shown.add("and " + (values.size() - QUOTED) + " more");
		}
		return String.join(", ", shown);
	}

	/** Whether any project is ticked; without one, the page is the form alone. */
	public boolean isEmpty() {
		return projects.isEmpty();
	}

	public boolean chose(ProjectKind kind) {
		return projects.contains(kind);
	}

	/** The choice as a query string, {@code project=a&project=b&stage=production}. */
	public String query() {
		List<String> parts = new ArrayList<>(projects.stream().map(kind -> "project=" + kind.slug()).toList());
		if (stage != null) {
			parts.add("stage=" + stage.slug());
		}
		return String.join("&", parts);
	}

	/** The address of this choice, to share, bookmark and cache. */
	public String href() {
		String query = query();
		return query.isEmpty() ? "/hire" : "/hire?" + query;
	}

	/**
	 * Whether the request spells this choice exactly as {@link #href()} does: no
	 * duplicate, no empty value, the form's order. Other spellings are redirected to it,
	 * so the page cache holds one copy of each choice and cannot be filled with
	 * reorderings of it.
	 */
	public boolean spelledAsIn(HireRequest request) {
		return request.project().equals(projects.stream().map(ProjectKind::slug).toList())
				&& Objects.equals(request.stage(), stage == null ? null : stage.slug());
	}

}
