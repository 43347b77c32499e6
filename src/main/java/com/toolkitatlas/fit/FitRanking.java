package com.toolkitatlas.fit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.web.English;

/**
 * Every role ranked by how much of its toolkit a person already has ({@link RoleFit}),
 * and what to learn next. Ties on the fit go to the role whose core items the person
 * knows more of, then to the site's order of roles; each place says when a tie decided
 * it.
 *
 * @param places every role, best fit first
 * @param learnNext the items that would raise the fit of the best roles the most
 */
public record FitRanking(KnownItems known, List<Place> places, List<Suggestion> learnNext) {

	/** How many of the best roles "learn next" looks at. */
	static final int BEST_ROLES = 3;

	/** How many items "learn next" suggests. */
	static final int SUGGESTIONS = 5;

	/**
	 * Best fit first: the larger share of the toolkit's weight (compared exactly, not as
	 * rounded percentages), then more core items known, then the site's order.
	 */
	private static final Comparator<Ranked> ORDER = ((Comparator<Ranked>) (one, other) -> RoleFit
		.compareShares(other.weightHad(), other.weightTotal(), one.weightHad(), one.weightTotal()))
		.thenComparing(Comparator.comparingInt(Ranked::coreHad).reversed())
		.thenComparingInt(ranked -> ranked.fit().role().displayOrder());

	public static FitRanking of(List<Role> roles, KnownItems known) {
		return of(roles, KnownItems::needsOf, known);
	}

	/**
	 * @param toolkits each role's toolkit ({@link KnownItems#needsOf}), which the fit
	 * page works out once: made again for every role on every request, it was 2 % of the
	 * ticked fit page (bench/RESULTS.md, fifteenth round)
	 */
	static FitRanking of(List<Role> roles, Function<Role, List<Need>> toolkits, KnownItems known) {
		Set<Item> knownItems = Set.copyOf(known.items());
		// Each fit's sums worked out once, not streamed again at every comparison of the
		// sort.
		List<RoleFit> fits = roles.stream()
			.map(role -> RoleFit.of(role, toolkits.apply(role), knownItems))
			.map(fit -> new Ranked(fit, fit.weightHad(), fit.weightTotal(), fit.coreHad()))
			.sorted(ORDER)
			.map(Ranked::fit)
			.toList();
		List<Place> places = new ArrayList<>();
		for (int i = 0; i < fits.size(); i++) {
			places.add(new Place(i + 1, fits.get(i), i == 0 ? null : tie(fits.get(i - 1), fits.get(i))));
		}
		return new FitRanking(known, List.copyOf(places),
				learnNext(fits.subList(0, Math.min(BEST_ROLES, fits.size()))));
	}

	/** The role that fits best. */
	public Place best() {
		return places.get(0);
	}

	/** The roles "learn next" looks at, best first. */
	public List<Role> bestRoles() {
		return places.stream().limit(BEST_ROLES).map(place -> place.fit().role()).toList();
	}

	/** {@link #bestRoles()} as the page names them: short names, separated by commas. */
	public String bestRolesText() {
		return bestRoles().stream().map(Role::shortName).collect(Collectors.joining(", "));
	}

	/**
	 * Why a role sits below the one above it when their fits are level, or null when its
	 * fit is lower.
	 */
	private static String tie(RoleFit above, RoleFit fit) {
		if (above.compareShare(fit) != 0) {
			return above.percent() == fit.percent()
					? "Just below " + above.role().shortName() + " before rounding to whole percentages." : null;
		}
		String level = "Level with " + above.role().shortName() + " at " + fit.percent() + "%";
		if (above.coreHad() != fit.coreHad()) {
			return level + "; " + above.role().shortName() + " comes first because you know more of its core items ("
					+ above.coreHad() + " against " + fit.coreHad() + ").";
		}
		return level + " with as many core items known (" + fit.coreHad() + "), so the site's order of roles decides.";
	}

	/**
	 * The items the person lacks that would raise the fit of the best roles the most: the
	 * sum, over those roles, of what the item adds to each fit. Ties go to the item core
	 * for more of them, then to its name.
	 */
	private static List<Suggestion> learnNext(List<RoleFit> best) {
		Map<Item, List<Gain>> gains = new LinkedHashMap<>();
		for (RoleFit fit : best) {
			// A fit's weights are sums over its toolkit: summed here once per role, not
			// once per item it lacks (4 % of the uncached /fit page's time).
			int had = fit.weightHad();
			int total = fit.weightTotal();
			int percent = fit.percent();
			for (Need need : fit.lack()) {
				gains.computeIfAbsent(need.item(), item -> new ArrayList<>())
					.add(new Gain(fit.role(), need.core(), percent, (had + need.weight()) * 100 / total,
							(double) need.weight() / total));
			}
		}
		// Each item's sort keys worked out once, not at every comparison; only the
		// suggestions kept are made (a ticked fit page lacks some 150 items: the
		// streams and the chained comparator were 4 to 8 % of it, bench/RESULTS.md,
		// tenth round). The best few are kept as the candidates come, rather than all
		// of them sorted: each goes after those it does not beat, as a stable sort
		// would place it.
		List<Candidate> kept = new ArrayList<>(SUGGESTIONS + 1);
		for (Map.Entry<Item, List<Gain>> entry : gains.entrySet()) {
			Candidate candidate = Candidate.of(entry.getKey(), entry.getValue());
			int place = kept.size();
			while (place > 0 && Candidate.ORDER.compare(kept.get(place - 1), candidate) > 0) {
				place--;
			}
			if (place < SUGGESTIONS) {
				kept.add(place, candidate);
				if (kept.size() > SUGGESTIONS) {
					kept.remove(SUGGESTIONS);
				}
			}
		}
		List<Suggestion> suggestions = new ArrayList<>(SUGGESTIONS);
		for (Candidate candidate : kept) {
			suggestions.add(new Suggestion(candidate.item(), List.copyOf(candidate.gains())));
		}
		return List.copyOf(suggestions);
	}

	/**
	 * An item the person lacks, with the sums it is ranked by: the larger gain first,
	 * then core for more of the best roles, then by name.
	 */
	private record Candidate(Item item, List<Gain> gains, double gain, int coreFor) {

		static Candidate of(Item item, List<Gain> gains) {
			int coreFor = 0;
			for (Gain gain : gains) {
				coreFor += gain.core() ? 1 : 0;
			}
			// Summed as before (a stream's sum, compensated), so that ties fall as they
			// did; a single gain is its own sum, exactly, without a stream (the streams
			// were 2 % of the ticked fit page, bench/RESULTS.md, fifteenth round).
			double gain = gains.size() == 1 ? gains.get(0).share() : gains.stream().mapToDouble(Gain::share).sum();
			return new Candidate(item, gains, gain, coreFor);
		}

		static final Comparator<Candidate> ORDER = (one, other) -> {
			int gain = Double.compare(other.gain, one.gain);
			if (gain != 0) {
				return gain;
			}
			int core = Integer.compare(other.coreFor, one.coreFor);
			return core != 0 ? core : one.item.name().compareTo(other.item.name());
		};

	}

	/** A fit with the sums it is ranked by. */
	private record Ranked(RoleFit fit, int weightHad, int weightTotal, int coreHad) {
	}

	/**
	 * One role in its place.
	 *
	 * @param tie why it sits below the role above it although their fits are level, or
	 * null
	 */
	public record Place(int rank, RoleFit fit, String tie) {
	}

	/** An item to learn next, and what it would add to each of the best roles. */
	public record Suggestion(Item item, List<Gain> gains) {

		/**
		 * What the item does for each role, as the page prints it: "ML 40% → 46%, DS 20%
		 * → 23%".
		 */
		public String gainsText() {
			return gains.stream()
				.map(gain -> gain.role().shortName() + " " + gain.before() + "% → " + gain.after() + "%")
				.collect(Collectors.joining(", "));
		}

		/**
		 * "Core for ML Engineer and AI Engineer; secondary for Data Scientist."
		 */
		public String why() {
			Map<Boolean, List<String>> byImportance = gains.stream()
				.collect(Collectors.partitioningBy(Gain::core,
						Collectors.mapping(gain -> gain.role().shortName(), Collectors.toList())));
			List<String> parts = new ArrayList<>();
			if (!byImportance.get(true).isEmpty()) {
				parts.add("core for " + English.list(byImportance.get(true)));
			}
			if (!byImportance.get(false).isEmpty()) {
				parts.add("secondary for " + English.list(byImportance.get(false)));
			}
			String why = String.join("; ", parts);
			return Character.toUpperCase(why.charAt(0)) + why.substring(1) + ".";
		}

	}

	/**
	 * What learning an item does for one role.
	 *
	 * @param before the role's fit now, in percent
	 * @param after the role's fit with the item, in percent
	 * @param share what the item adds to the fit, from 0 to 1
	 */
	public record Gain(Role role, boolean core, int before, int after, double share) {
	}

}
