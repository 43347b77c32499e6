package com.toolkitatlas.hire;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.catalogue.Topic;
import com.toolkitatlas.web.English;

/**
 * Whom to hire for a set of projects at a stage, and why.
 * <p>
 * Every role a chosen project needs is a candidate. They are ranked by, in turn: the
 * number of chosen projects they are core to; whether their hiring text ties them to the
 * chosen stage; the number of chosen projects they help with at all; display order. The
 * first is the one to hire first; the others are who the work will also need, with the
 * first one's collaborators that no project named. The comparisons are those of the first
 * role with the candidates that are core to as many projects, or, where none is, with the
 * runner-up: the choices a reader may still hesitate between.
 *
 * @param first the role to hire first, or null when no project is chosen
 * @param others the other roles the projects need, in rank order
 * @param colleagues the first role's collaborators that are not among the candidates
 * @param comparisons pairs worth reading before choosing
 */
public record HirePlan(HireQuery query, Candidate first, List<Candidate> others, List<Collaborator> colleagues,
		List<Comparison> comparisons) {

	/** At most this many comparisons: a short list helps, a long one does not. */
	static final int MAX_COMPARISONS = 3;

	public HirePlan {
		others = List.copyOf(others);
		colleagues = List.copyOf(colleagues);
		comparisons = List.copyOf(comparisons);
	}

	public static HirePlan of(HiringGuide guide, HireQuery query) {
		List<Candidate> ranked = guide.roles()
			.stream()
			.map(role -> candidate(guide, query, role))
			.filter(candidate -> !candidate.matches().isEmpty())
			.sorted(Comparator.comparingLong((Candidate candidate) -> -candidate.coreCount())
				.thenComparing(candidate -> !candidate.fitsStage())
				.thenComparingInt(candidate -> -candidate.matches().size())
				.thenComparingInt(candidate -> candidate.role().displayOrder()))
			.toList();
		if (ranked.isEmpty()) {
			return new HirePlan(query, null, List.of(), List.of(), List.of());
		}
		Candidate first = ranked.get(0);
		List<Candidate> others = ranked.subList(1, ranked.size());
		List<Collaborator> colleagues = guide.collaborators(first.role())
			.stream()
			.filter(person -> person.role() == null
					|| others.stream().noneMatch(candidate -> candidate.role().equals(person.role())))
			.toList();
		return new HirePlan(query, first, others, colleagues, comparisons(guide, first, others));
	}

	private static Candidate candidate(HiringGuide guide, HireQuery query, Role role) {
		List<Match> matches = new ArrayList<>();
		for (ProjectKind project : query.projects()) {
			project.link(role).ifPresent(link -> matches.add(new Match(project, link)));
		}
		StageLean lean = guide.lean(role).orElse(null);
		return new Candidate(role, matches, lean, lean != null && lean.stage() == query.stage());
	}

	private static List<Comparison> comparisons(HiringGuide guide, Candidate first, List<Candidate> others) {
		List<Candidate> close = others.stream()
			.filter(candidate -> first.coreCount() > 0 && candidate.coreCount() == first.coreCount())
			.toList();
		if (close.isEmpty()) {
			close = others.stream().limit(1).toList();
		}
		return close.stream()
			.limit(MAX_COMPARISONS)
			.flatMap(candidate -> guide.comparisonHref(first.role(), candidate.role())
				.map(href -> new Comparison(first.role(), candidate.role(), href, reason(first, candidate)))
				.stream())
			.toList();
	}

	private static String reason(Candidate first, Candidate other) {
		List<String> shared = other.core()
			.stream()
			.filter(match -> first.core().stream().anyMatch(mine -> mine.project().equals(match.project())))
			.map(match -> "“" + match.project().name() + "”")
			.toList();
		if (!shared.isEmpty()) {
			return "Both are core to " + English.list(shared) + ".";
		}
		if (other.coreCount() == first.coreCount() && other.coreCount() > 0) {
			return "Each is core to " + English.number((int) other.coreCount()) + " of your projects.";
		}
		return "The next role your projects need.";
	}

	/** The answer in one sentence, which the page opens with. */
	public String summary() {
		if (first == null) {
			return "Tick a project to see whom to hire.";
		}
		List<String> projects = query.projects().stream().map(ProjectKind::name).toList();
		if (first.coreCount() == 0) {
			return "No role has " + English.list(projects) + " as core work; " + lowerFirst(withArticle(first.role()))
					+ " helps with the most of it.";
		}
		String core = English.list(first.core().stream().map(match -> match.project().name()).toList());
		return withArticle(first.role()) + " is the first hire for " + core
				+ (first.coreCount() < projects.size() ? ", the largest share of what you ticked." : ".");
	}

	/** The page's heading: "Hire an AI Engineer first". */
	public String heading() {
		return "Hire " + lowerFirst(withArticle(first.role())) + " first";
	}

	/** "A Data Engineer", "An ML Engineer": the article follows the sound of the name. */
	private static String withArticle(Role role) {
		return ("AEIOU".indexOf(role.name().charAt(0)) >= 0 ? "An " : "A ") + role.name();
	}

	private static String lowerFirst(String text) {
		return Character.toLowerCase(text.charAt(0)) + text.substring(1);
	}

	/** Whether a project is chosen, and so a plan to show. */
	public boolean hasFirst() {
		return first != null;
	}

	/**
	 * A role the chosen projects need, with the projects it serves.
	 *
	 * @param lean the stage its hiring text ties it to, or null
	 * @param fitsStage whether that is the stage chosen
	 */
	public record Candidate(Role role, List<Match> matches, StageLean lean, boolean fitsStage) {

		public Candidate {
			matches = List.copyOf(matches);
		}

		public long coreCount() {
			return matches.stream().filter(match -> match.link().core()).count();
		}

		/** The projects the role is core to. */
		public List<Match> core() {
			return matches.stream().filter(match -> match.link().core()).toList();
		}

		/** The projects the role helps with. */
		public List<Match> secondary() {
			return matches.stream().filter(match -> !match.link().core()).toList();
		}

		/** The role's own advice on when to hire one. */
		public String whenToHire() {
			return role.text(Topic.WHEN_TO_HIRE);
		}

		/** The stage lean, where it is what moved the role up. */
		public Optional<StageLean> stageReason() {
			return fitsStage ? Optional.of(lean) : Optional.empty();
		}

	}

	/** A chosen project that needs the role, and the link that says so. */
	public record Match(ProjectKind project, ProjectLink link) {
	}

	/** A pair comparison that helps choose, and why it is offered. */
	public record Comparison(Role first, Role other, String href, String reason) {
	}

}
