package com.toolkitatlas.alternative;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.toolkitatlas.alternative.Alternatives.Alternative;
import com.toolkitatlas.alternative.Alternatives.RankingMethod;
import com.toolkitatlas.alternative.Alternatives.SharedEntries;
import com.toolkitatlas.alternative.Alternatives.SideBySideRow;
import com.toolkitatlas.alternative.Alternatives.StrengthFit;
import com.toolkitatlas.catalogue.Catalogue;
import com.toolkitatlas.catalogue.Links.RoleTool;
import com.toolkitatlas.catalogue.Overlap;
import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.catalogue.RolePair;
import com.toolkitatlas.catalogue.Skill;
import com.toolkitatlas.catalogue.Source;
import com.toolkitatlas.catalogue.Tool;
import com.toolkitatlas.pick.PickGuide;
import com.toolkitatlas.role.RoleService;
import com.toolkitatlas.web.Count;
import com.toolkitatlas.web.English;

import org.springframework.stereotype.Service;

/**
 * Ranks every other role as an alternative to one role. Where the catalogue holds an
 * editorial ranking for the role, the roles it places come first, in the order the source
 * gives; the roles it leaves out (all of them, where there is no such ranking) follow by
 * the similarity score of {@link Overlap} (shared skills and tools over all skills and
 * tools of either role), highest first, ties going to the role with more entries in
 * common, then to display order.
 */
@Service
public class AlternativeService {

	private static final int EXAMPLES = 6;

	private final Catalogue catalogue;

	private final RoleService roles;

	private final PickGuide pickGuide;

	/**
	 * Each role's alternatives by its slug. They depend on the catalogue alone, which
	 * changes only with a restart: worked out here once rather than on every request
	 * (each page compared the role with every other, skill by skill and tool by tool:
	 * bench/RESULTS.md, "Rendering, tenth round").
	 */
	private final Map<String, Alternatives> bySlug;

	public AlternativeService(Catalogue catalogue, RoleService roles, PickGuide pickGuide) {
		this.catalogue = catalogue;
		this.roles = roles;
		this.pickGuide = pickGuide;
		this.bySlug = catalogue.roles().stream().collect(Collectors.toUnmodifiableMap(Role::slug, this::rank));
	}

	/**
	 * The alternatives to the role with this slug; a 404 for a role that does not exist.
	 */
	public Alternatives of(String slug) {
		return bySlug.get(roles.role(slug).slug());
	}

	private Alternatives rank(Role role) {
		List<Overlap> editorial = editorialOrder(role);
		List<Overlap> bySimilarity = similarityOrder(role,
				editorial.stream().map(Overlap::second).collect(Collectors.toSet()));
		Source editorialSource = editorial.isEmpty() ? null : role.editorialSource();

		List<Alternative> alternatives = new ArrayList<>();
		for (int i = 0; i < editorial.size(); i++) {
			alternatives.add(alternative(role, editorial.get(i), i + 1, RankingMethod.EDITORIAL, "Ranked "
					+ English.ordinal(i + 1) + " in the editorial ranking of " + editorialSource.title() + "."));
		}
		for (int i = 0; i < bySimilarity.size(); i++) {
			int rank = editorial.size() + i + 1;
			alternatives.add(alternative(role, bySimilarity.get(i), rank, RankingMethod.SIMILARITY,
					similarityReason(rank, i, bySimilarity, role, editorialSource)));
		}
		List<SideBySideRow> sideBySide = Stream.concat(Stream.of(role), alternatives.stream().map(Alternative::role))
			.map(r -> new SideBySideRow(r, r.equals(role), r.coreTools().stream().map(RoleTool::tool).toList()))
			.toList();
		List<Role> others = alternatives.stream().map(Alternative::role).toList();
		return new Alternatives(role, editorial.isEmpty() ? RankingMethod.SIMILARITY : RankingMethod.EDITORIAL,
				editorialSource, List.copyOf(alternatives), sideBySide, strengths(others),
				new Count(pickGuide.questions().size()));
	}

	private Alternative alternative(Role role, Overlap overlap, int rank, RankingMethod method, String reason) {
		Role other = overlap.second();
		RolePair pair = catalogue.pair(role, other).orElseThrow();
		return new Alternative(rank, other, method, pair.difference(), reason, shared(overlap),
				PayDifference.between(other.headlineSalary(), role.headlineSalary(), role.shortName()), pair.path());
	}

	/**
	 * The roles the role's editorial ranking places, in its order; empty where the
	 * catalogue has none. A ranking may leave roles out (one written before a role was
	 * added): those follow, by similarity.
	 */
	private List<Overlap> editorialOrder(Role role) {
		return role.editorialAlternatives()
			.stream()
			.map(slug -> Overlap.of(role, catalogue.role(slug).orElseThrow()))
			.toList();
	}

	/** The other roles, but those already placed, by similarity. */
	private List<Overlap> similarityOrder(Role role, Set<Role> placed) {
		return catalogue.roles()
			.stream()
			.filter(other -> !other.equals(role) && !placed.contains(other))
			.map(other -> Overlap.of(role, other))
			.sorted(Comparator.comparingDouble(Overlap::similarity)
				.reversed()
				.thenComparing(Comparator.comparingInt(Overlap::shared).reversed())
				.thenComparingInt(overlap -> overlap.second().displayOrder()))
			.toList();
	}

	/**
	 * Why a role sits at its place in the similarity order, measured against the role
	 * just above it in that order.
	 * @param index its place among the roles ordered by similarity, from 0
	 * @param editorialSource the source whose ranking places the roles above them all, or
	 * null
	 */
	private static String similarityReason(int rank, int index, List<Overlap> ordered, Role role,
			Source editorialSource) {
		Overlap overlap = ordered.get(index);
		String ranked = "Ranked " + English.ordinal(rank) + " by similarity, with ";
		String percent = overlap.similarityPercent() + "% of skills and tools";
		String left = editorialSource == null ? "" : " The editorial ranking of " + editorialSource.title()
				+ " leaves this role out, so it follows the " + "roles that ranking places.";
		if (overlap.shared() == 0) {
			return ranked + "no skills or tools in common with " + role.shortName() + "." + left;
		}
		if (index == 0) {
			return ranked + "the largest share of skills and tools in common with " + role.shortName() + " ("
					+ overlap.similarityPercent() + "%)" + (editorialSource == null ? "" : " of the roles left") + "."
					+ left;
		}
		Overlap above = ordered.get(index - 1);
		String aboveName = above.second().shortName();
		if (above.similarity() == overlap.similarity()) {
			return (above.shared() == overlap.shared()
					? ranked + percent + " in common with " + role.shortName() + ", level with " + aboveName
							+ " on every count, so the site's order of roles decides."
					: ranked + percent + " in common with " + role.shortName() + ", level with " + aboveName
							+ " but with fewer entries in common (" + overlap.shared() + " against " + above.shared()
							+ ").")
					+ left;
		}
		if (above.similarityPercent() == overlap.similarityPercent()) {
			return ranked + percent + " in common with " + role.shortName() + ", just below " + aboveName
					+ " before rounding." + left;
		}
		return ranked + percent + " in common with " + role.shortName() + ", against " + above.similarityPercent()
				+ "% for " + aboveName + "." + left;
	}

	private static SharedEntries shared(Overlap overlap) {
		List<String> names = Stream
			.concat(overlap.sharedTools().stream().map(Tool::name), overlap.sharedSkills().stream().map(Skill::name))
			.toList();
		return new SharedEntries(overlap.sharedSkills().size(), overlap.sharedTools().size(), overlap.either(),
				overlap.similarityPercent(), names.stream().limit(EXAMPLES).toList(),
				Math.max(0, names.size() - EXAMPLES));
	}

	/**
	 * For each strength of the how-to-pick guide, the alternatives with its highest
	 * positive weight.
	 */
	private List<StrengthFit> strengths(List<Role> alternatives) {
		return pickGuide.strengths().options().stream().map(option -> {
			int best = alternatives.stream().mapToInt(role -> option.weight(role).points()).max().orElse(0);
			List<Role> fits = best <= 0 ? List.of()
					: alternatives.stream().filter(role -> option.weight(role).points() == best).toList();
			return new StrengthFit(option.label(), fits);
		}).filter(fit -> !fit.roles().isEmpty()).toList();
	}

}
