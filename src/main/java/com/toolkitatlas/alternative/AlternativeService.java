package com.toolkitatlas.alternative;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
import com.toolkitatlas.catalogue.Tool;
import com.toolkitatlas.pick.PickGuide;
import com.toolkitatlas.role.RoleService;
import com.toolkitatlas.web.English;

import org.springframework.stereotype.Service;

/**
 * Ranks the other five roles as alternatives to one role. Where the catalogue holds an
 * editorial ranking for the role, that order is used as the source gives it; otherwise
 * the roles are ordered by the similarity score of {@link Overlap} (shared skills and
 * tools over all skills and tools of either role), highest first, ties going to the role
 * with more entries in common, then to display order.
 */
@Service
public class AlternativeService {

	private static final int EXAMPLES = 6;

	private final Catalogue catalogue;

	private final RoleService roles;

	private final PickGuide pickGuide;

	public AlternativeService(Catalogue catalogue, RoleService roles, PickGuide pickGuide) {
		this.catalogue = catalogue;
		this.roles = roles;
		this.pickGuide = pickGuide;
	}

	public Alternatives of(String slug) {
		Role role = roles.role(slug);
		RankingMethod method = role.hasEditorialAlternatives() ? RankingMethod.EDITORIAL : RankingMethod.SIMILARITY;
		List<Overlap> ordered = method == RankingMethod.EDITORIAL ? editorialOrder(role) : similarityOrder(role);

		List<Alternative> alternatives = new ArrayList<>();
		for (int i = 0; i < ordered.size(); i++) {
			Overlap overlap = ordered.get(i);
			Role other = overlap.second();
			RolePair pair = catalogue.pair(role, other).orElseThrow();
			alternatives.add(new Alternative(i + 1, other, pair.difference(), rankReason(method, i, ordered, role),
					shared(overlap),
					PayDifference.between(other.headlineSalary(), role.headlineSalary(), role.shortName()),
					pair.path()));
		}
		List<SideBySideRow> sideBySide = Stream.concat(Stream.of(role), alternatives.stream().map(Alternative::role))
			.map(r -> new SideBySideRow(r, r.equals(role), r.coreTools().stream().map(RoleTool::tool).toList()))
			.toList();
		List<Role> others = alternatives.stream().map(Alternative::role).toList();
		return new Alternatives(role, method, method == RankingMethod.EDITORIAL ? role.editorialSource() : null,
				List.copyOf(alternatives), sideBySide, strengths(others));
	}

	private List<Overlap> editorialOrder(Role role) {
		List<Overlap> ordered = role.editorialAlternatives()
			.stream()
			.map(slug -> Overlap.of(role, catalogue.role(slug).orElseThrow()))
			.toList();
		if (ordered.size() != catalogue.roles().size() - 1) {
			throw new IllegalStateException(
					"The editorial ranking of " + role.slug() + " does not rank every other role");
		}
		return ordered;
	}

	private List<Overlap> similarityOrder(Role role) {
		return catalogue.roles()
			.stream()
			.filter(other -> !other.equals(role))
			.map(other -> Overlap.of(role, other))
			.sorted(Comparator.comparingDouble(Overlap::similarity)
				.reversed()
				.thenComparing(Comparator.comparingInt(Overlap::shared).reversed())
				.thenComparingInt(overlap -> overlap.second().displayOrder()))
			.toList();
	}

	private static String rankReason(RankingMethod method, int index, List<Overlap> ordered, Role role) {
		Overlap overlap = ordered.get(index);
		String ranked = "Ranked " + English.ordinal(index + 1);
		if (method == RankingMethod.EDITORIAL) {
			return ranked + " in the editorial ranking of " + role.editorialSource().title() + ".";
		}
		ranked += " by similarity, with ";
		String percent = overlap.similarityPercent() + "% of skills and tools";
		if (overlap.shared() == 0) {
			return ranked + "no skills or tools in common with " + role.shortName() + ".";
		}
		if (index == 0) {
			return ranked + "the largest share of skills and tools in common with " + role.shortName() + " ("
					+ overlap.similarityPercent() + "%).";
		}
		Overlap above = ordered.get(index - 1);
		String aboveName = above.second().shortName();
		if (above.similarity() == overlap.similarity()) {
			return above.shared() == overlap.shared()
					? ranked + percent + " in common with " + role.shortName() + ", level with " + aboveName
							+ " on every count, so the site's order of roles decides."
					: ranked + percent + " in common with " + role.shortName() + ", level with " + aboveName
							+ " but with fewer entries in common (" + overlap.shared() + " against " + above.shared()
							+ ").";
		}
		if (above.similarityPercent() == overlap.similarityPercent()) {
			return ranked + percent + " in common with " + role.shortName() + ", just below " + aboveName
					+ " before rounding.";
		}
		return ranked + percent + " in common with " + role.shortName() + ", against " + above.similarityPercent()
				+ "% for " + aboveName + ".";
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
