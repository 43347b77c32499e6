package com.toolkitatlas.compare;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.toolkitatlas.catalogue.Catalogue;
import com.toolkitatlas.catalogue.Overlap;
import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.catalogue.RolePair;
import com.toolkitatlas.catalogue.SalaryBasis;
import com.toolkitatlas.catalogue.SalaryFigure;
import com.toolkitatlas.salary.Occupations;
import com.toolkitatlas.salary.PayComparisons;
import com.toolkitatlas.salary.SalaryChart;
import com.toolkitatlas.salary.SalaryCharts;
import com.toolkitatlas.web.BadRequestException;
import com.toolkitatlas.web.English;
import com.toolkitatlas.web.NotFoundException;
import com.toolkitatlas.web.UserInput;

import org.springframework.stereotype.Service;

/**
 * Composes comparisons of roles from the in-memory catalogue: any pair, or up to every
 * role at once. Nothing here knows a particular pair; every text comes from the roles and
 * the pair's own notes.
 */
@Service
public class ComparisonService {

	private static final String VS = "-vs-";

	private final Catalogue catalogue;

	private final SalaryCharts salaryCharts;

	private final Occupations occupations;

	/**
	 * The similarity of every two roles of the catalogue, from which a comparison of a
	 * few roles takes its rows and columns.
	 */
	private final SimilarityMatrix everyRole;

	/**
	 * The at-a-glance rows of every role of the catalogue, in its order, from which a
	 * comparison of a few roles takes its cells: they depend on the catalogue alone, and
	 * making them on each request was some 4 % of the comparison of three roles
	 * (bench/RESULTS.md, "Rendering, seventeenth round").
	 */
	private final List<GlanceRow> everyGlance;

	private final PayComparisons payComparisons;

	/** How many roles the catalogue holds, in words ("six"). */
	private final String roleCount;

	/**
	 * The comparison of every pair of the catalogue, made once: it depends on the
	 * catalogue alone, and making it on each request was 7 to 9 % of a pair page's cost
	 * (bench/RESULTS.md, "eleventh round"). Its markup is still written on each request.
	 * By the pair's canonical address after {@code /compare/}: a record's own hash code
	 * would hash both roles' every component and the pair's notes on each look-up.
	 */
	private final Map<String, PairComparison> pairs;

	public ComparisonService(Catalogue catalogue, SalaryCharts salaryCharts, Occupations occupations) {
		this.catalogue = catalogue;
		this.salaryCharts = salaryCharts;
		this.occupations = occupations;
		this.everyRole = SimilarityMatrix.of(catalogue.roles());
		this.everyGlance = GlanceRows.of(catalogue.roles());
		this.payComparisons = new PayComparisons(occupations, salaryCharts);
		this.roleCount = English.number(catalogue.roles().size());
		Closeness closeness = new Closeness(catalogue);
		Map<String, PairComparison> made = new HashMap<>();
		for (RolePair pair : catalogue.pairs()) {
			made.put(key(pair), compare(pair, closeness));
		}
		this.pairs = Map.copyOf(made);
	}

	/** The canonical address of a pair: the role of lower display order first. */
	public static String pairPath(Role a, Role b) {
		Role first = a.displayOrder() <= b.displayOrder() ? a : b;
		return "/compare/" + first.slug() + VS + (first == a ? b : a).slug();
	}

	/** The picker with nothing ticked. */
	public ComparePicker picker() {
		return ComparePicker.of(catalogue, List.of());
	}

	/**
	 * The answer to {@code /compare/{a}-vs-{b}}: the page in canonical order, or a
	 * redirect to it.
	 */
	public CompareOutcome<PairComparison> pair(String path) {
		PairComparison canonical = pairs.get(path);
		if (canonical != null) {
			return new CompareOutcome.Show<>(canonical);
		}
		String[] slugs = path.split(VS, -1);
		if (slugs.length != 2 || slugs[0].isEmpty() || slugs[1].isEmpty()) {
			throw new NotFoundException(
					UserInput.quote(path) + " does not name two roles. A comparison "
							+ "address reads like /compare/ml-engineer-vs-backend-engineer; choose two roles below.",
					ComparePicker.of(catalogue, List.of(slugs)).onErrorPage());
		}
		Optional<Role> a = catalogue.role(slugs[0]);
		Optional<Role> b = catalogue.role(slugs[1]);
		if (a.isEmpty() || b.isEmpty()) {
			List<String> unknown = List.of(slugs)
				.stream()
				.filter(slug -> catalogue.role(slug).isEmpty())
				.distinct()
				.toList();
			throw new NotFoundException(RoleSelection.unknownRoles(unknown, catalogue),
					ComparePicker.of(catalogue, List.of(slugs)).onErrorPage());
		}
		if (a.get().equals(b.get())) {
			return new CompareOutcome.Redirect<>("/roles/" + a.get().slug(), true);
		}
		return new CompareOutcome.Redirect<>(pairPath(a.get(), b.get()), true);
	}

	/**
	 * The answer to {@code /compare?roles=...}: the table of three or more roles, or a
	 * redirect to the page of a pair, or to the profile of a role compared with itself.
	 */
	public CompareOutcome<RolesComparison> roles(List<String> values) {
		RoleSelection selection = RoleSelection.parse(values, catalogue);
		List<Role> roles = selection.roles();
		if (selection.single()) {
			return new CompareOutcome.Redirect<>("/roles/" + roles.get(0).slug(), false);
		}
		if (roles.size() == 2) {
			return new CompareOutcome.Redirect<>(pairPath(roles.get(0), roles.get(1)), false);
		}
		return new CompareOutcome.Show<>(compare(roles));
	}

	/**
	 * The comparison of two or more roles as the JSON API returns it. Unlike the page,
	 * which sends a role compared with itself to its profile, the API answers that with a
	 * 400.
	 */
	public CompareResource resource(List<String> values) {
		RoleSelection selection = RoleSelection.parse(values, catalogue);
		List<Role> roles = selection.roles();
		if (selection.single()) {
			throw new BadRequestException(RoleSelection.PARAMETER,
					roles.get(0).name() + " was the only role named. A comparison needs two to "
							+ English.number(catalogue.roles().size()) + " different roles.",
					ComparePicker.of(catalogue, List.of(roles.get(0).slug())).onErrorPage());
		}
		if (roles.size() == 2) {
			PairComparison pair = compare(roles.get(0), roles.get(1));
			return CompareResource.of(roles, pair.glance(), pair.salary(), everyRole.among(roles), pair);
		}
		RolesComparison comparison = compare(roles);
		return CompareResource.of(roles, comparison.glance(), comparison.salary(), comparison.similarity(), null);
	}

	/** The at-a-glance rows of a comparison as CSV, a column per role. */
	public String csv(List<String> values) {
		return resource(values).csv();
	}

	/** Two different roles side by side, whichever order they are given in. */
	public PairComparison compare(Role a, Role b) {
		return pairs.get(key(catalogue.pair(a, b)
			.orElseThrow(() -> new NotFoundException(
					"A role cannot be compared with itself: " + a.name() + " is its own profile."))));
	}

	/**
	 * A pair's canonical address after {@code /compare/}:
	 * "ml-engineer-vs-backend-engineer".
	 */
	private static String key(RolePair pair) {
		return pair.first().slug() + VS + pair.second().slug();
	}

	public RolesComparison compare(List<Role> roles) {
		return RolesComparison.of(roles, GlanceRows.among(everyGlance, catalogue.roles(), roles), salary(roles),
				everyRole.among(roles), payComparisons.of(roles),
				new ComparePicker(catalogue.roles(), roles.stream().map(Role::slug).toList(), catalogue.pairs()),
				roleCount);
	}

	private PairComparison compare(RolePair pair, Closeness closeness) {
		Role first = pair.first();
		Role second = pair.second();
		List<Role> both = List.of(first, second);
		Overlap overlap = Overlap.of(first, second);
		return PairComparison.of(pair, GlanceRows.of(both), salary(both), everyFigure(both), overlap,
				closeness.of(first, second, Similarity.of(overlap)), otherPairs(first, pair), otherPairs(second, pair),
				both.stream().map(occupations::outlook).toList(), payComparisons.of(both), roleCount);
	}

	private SalaryComparison salary(List<Role> roles) {
		return new SalaryComparison(salaryCharts.headlines(roles), salaryWarning(roles));
	}

	/** Every figure of each role, labelled with the role's short name. */
	private SalaryChart everyFigure(List<Role> roles) {
		return salaryCharts.chart(roles.stream()
			.flatMap(role -> role.salaries()
				.stream()
				.map(figure -> new SalaryCharts.Entry(role.shortName() + ": " + figure.label(), null, figure)))
			.toList());
	}

	/**
	 * Why the headline figures of these roles cannot be read bar against bar, or null
	 * when they are of one basis and one region.
	 */
	static String salaryWarning(List<Role> roles) {
		Map<SalaryBasis, List<Role>> byBasis = grouped(roles, SalaryFigure::basis);
		Map<String, List<Role>> byRegion = grouped(roles, SalaryFigure::region);
		if (byBasis.size() == 1 && byRegion.size() == 1) {
			return null;
		}
		StringBuilder warning = new StringBuilder(
				"These figures are not of the same kind, so the longer bar does not " + "simply mean the better pay.");
		if (byBasis.size() > 1) {
			byBasis.forEach((basis, group) -> warning.append(' ')
				.append(shortNames(group))
				.append(": ")
				.append(basis.label().toLowerCase(Locale.ROOT))
				.append(", that is, ")
				.append(basis.meaning())
				.append('.'));
		}
		if (byRegion.size() > 1) {
			warning.append(" They also cover different regions:");
			byRegion.forEach((region,
					group) -> warning.append(' ').append(region).append(" for ").append(shortNames(group)).append(';'));
			warning.setCharAt(warning.length() - 1, '.');
		}
		return warning.toString();
	}

	private static String shortNames(List<Role> roles) {
		return English.list(roles.stream().map(Role::shortName).toList());
	}

	private static <K> Map<K, List<Role>> grouped(List<Role> roles, Function<SalaryFigure, K> key) {
		return roles.stream()
			.collect(Collectors.groupingBy(role -> key.apply(role.headlineSalary()), LinkedHashMap::new,
					Collectors.toList()));
	}

	private List<RolePair> otherPairs(Role role, RolePair pair) {
		return catalogue.pairsOf(role).stream().filter(other -> !other.equals(pair)).toList();
	}

}
