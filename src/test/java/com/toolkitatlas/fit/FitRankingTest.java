package com.toolkitatlas.fit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.toolkitatlas.catalogue.CatalogueFixture;

import com.toolkitatlas.catalogue.Role;
import org.junit.jupiter.api.Test;

import static com.toolkitatlas.fit.Toolkits.known;
import static com.toolkitatlas.fit.Toolkits.role;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class FitRankingTest {

	private final Role data = role("data", 1, 100_000, "core:skill/sql", "core:tool/spark", "secondary:tool/kafka",
			"secondary:language/python");

	private final Role ml = role("ml", 2, 100_000, "core:skill/ml", "core:tool/pytorch", "core:language/python",
			"secondary:tool/spark");

	private final Role ops = role("ops", 3, 100_000, "core:tool/docker", "core:tool/kubernetes",
			"secondary:language/python", "secondary:tool/kafka");

	@Test
	void coreCountsTwiceSecondaryOnceAndTheFitIsRoundedDown() {
		RoleFit fit = RoleFit.of(data, known("skill/sql", "language/python"));

		assertThat(fit.weightHad()).isEqualTo(2 + 1);
		assertThat(fit.weightTotal()).isEqualTo(2 + 2 + 1 + 1);
		assertThat(fit.percent()).isEqualTo(50);
		assertThat(fit.coreSummary()).isEqualTo("You have 1 of its 2 core items, and 1 of its 2 secondary ones.");
		assertThat(fit.lack()).extracting(need -> need.item().slug()).containsExactly("spark", "kafka");

		RoleFit allButOneSecondary = RoleFit.of(ml, known("skill/ml", "tool/pytorch", "language/python"));
		assertThat(allButOneSecondary.percent()).as("6 of 7, rounded down: only the whole toolkit is 100%")
			.isEqualTo(85);
		assertThat(RoleFit.of(ml, known("skill/ml", "tool/pytorch", "language/python", "tool/spark")).percent())
			.isEqualTo(100);
	}

	@Test
	void rolesAreRankedByFitWithWhatYouHaveAndLack() {
		FitRanking ranking = FitRanking.of(List.of(data, ml, ops), known("tool/docker", "tool/kubernetes"));

		assertThat(ranking.places()).extracting(place -> place.fit().role()).containsExactly(ops, data, ml);
		assertThat(ranking.best().fit().percent()).isEqualTo(66);
		assertThat(ranking.best().fit().have()).extracting(need -> need.item().slug())
			.containsExactly("docker", "kubernetes");
	}

	@Test
	void aLevelFitGoesToTheRoleWithMoreCoreItemsKnownAndSaysSo() {
		// Kafka alone: 1 of 6 for data and for ops, no core item in either.
		FitRanking levelOnCount = FitRanking.of(List.of(data, ops), known("tool/kafka"));
		assertThat(levelOnCount.places()).extracting(place -> place.fit().role()).containsExactly(data, ops);
		assertThat(levelOnCount.places().get(1).tie()).isEqualTo(
				"Level with DATA at 16% with as many core items known (0), so the site's order of roles decides.");

		Role sameShare = role("same-share", 0, 100_000, "core:tool/docker", "secondary:tool/kafka", "core:tool/x",
				"secondary:tool/y");
		FitRanking tie = FitRanking.of(List.of(sameShare, ops), known("tool/docker", "tool/kafka"));
		assertThat(tie.places()).extracting(place -> place.fit().percent()).containsExactly(50, 50);
		assertThat(tie.places().get(1).tie()).isEqualTo(
				"Level with SAME-SHARE at 50% with as many core items known (1), so the site's order of roles decides.");

		Role coreHeavy = role("core-heavy", 5, 100_000, "core:tool/docker", "core:tool/kubernetes", "core:tool/helm",
				"core:tool/argo");
		Role secondaryHeavy = role("secondary-heavy", 4, 100_000, "secondary:tool/docker", "secondary:tool/kubernetes",
				"secondary:tool/helm", "secondary:tool/argo");
		FitRanking byCore = FitRanking.of(List.of(secondaryHeavy, coreHeavy), known("tool/docker", "tool/kubernetes"));
		assertThat(byCore.places()).extracting(place -> place.fit().role())
			.as("both 50%, but two core items known outrank none, whatever the site's order")
			.containsExactly(coreHeavy, secondaryHeavy);
		assertThat(byCore.places().get(1).tie()).isEqualTo(
				"Level with CORE-HEAVY at 50%; CORE-HEAVY comes first because you know more of its core items (2 against 0).");
	}

	@Test
	void aValueGivenTwiceCountsOnce() {
		KnownItems twice = known("tool/docker", "tool/docker", "tool/kubernetes");

		assertThat(twice.size()).isEqualTo(2);
		assertThat(twice.query()).isEqualTo("tool=docker&tool=kubernetes");
		assertThat(RoleFit.of(ops, twice).percent())
			.isEqualTo(RoleFit.of(ops, known("tool/kubernetes", "tool/docker")).percent());
	}

	@Test
	void learnNextPrefersWhatRaisesTheBestRolesMostAndSaysWhy() {
		FitRanking ranking = FitRanking.of(List.of(data, ml, ops), known("tool/spark", "tool/kafka"));

		assertThat(ranking.bestRoles()).as("data 3 of 6, ops 1 of 6, ml 1 of 7").containsExactly(data, ops, ml);
		FitRanking.Suggestion first = ranking.learnNext().get(0);
		assertThat(first.item().slug()).as("python is in all three best toolkits").isEqualTo("python");
		assertThat(first.why()).isEqualTo("Core for ML; secondary for DATA and OPS.");
		assertThat(first.gains()).extracting(FitRanking.Gain::before, FitRanking.Gain::after)
			.containsExactly(tuple(50, 66), tuple(16, 33), tuple(14, 42));
		assertThat(ranking.learnNext()).hasSizeLessThanOrEqualTo(FitRanking.SUGGESTIONS)
			.extracting(suggestion -> suggestion.item().slug())
			.doesNotContain("spark", "kafka");
	}

	@Test
	void learnNextBreaksAnEqualGainByTheItemCoreForMoreRolesThenByName() {
		// Both toolkits weigh 8. "pair" is secondary in both (1/8 + 1/8); "solo", "zeta"
		// and "alpha" are core in the lower role alone (2/8 each): the same gain, so the
		// items core for a role come first, by name, whatever order the toolkit lists
		// them in.
		Role upper = role("upper", 2, 100_000, "core:tool/known-a", "core:tool/known-b", "secondary:tool/known-c",
				"secondary:tool/known-d", "secondary:tool/pair", "secondary:tool/extra");
		Role lower = role("lower", 1, 100_000, "core:tool/solo", "core:tool/zeta", "core:tool/alpha",
				"secondary:tool/pair", "secondary:tool/known-c");

		FitRanking ranking = FitRanking.of(List.of(lower, upper),
				known("tool/known-a", "tool/known-b", "tool/known-c", "tool/known-d"));

		assertThat(ranking.bestRoles()).containsExactly(upper, lower);
		assertThat(ranking.learnNext()).extracting(suggestion -> suggestion.item().slug())
			.containsExactly("alpha", "solo", "zeta", "pair", "extra");
		assertThat(ranking.learnNext().get(3).why()).isEqualTo("Secondary for UPPER and LOWER.");
	}

	@Test
	void learnNextKeepsTheFiveBestOfEverythingTheBestRolesLackInTheirOrder() {
		for (KnownItems known : List.of(KnownItems.NONE, known("tool/docker"),
				KnownItems.toolkitOf(CatalogueFixture.DATA))) {
			FitRanking ranking = FitRanking.of(CatalogueFixture.ROLES, known);
			List<RoleFit> best = ranking.places()
				.stream()
				.limit(FitRanking.BEST_ROLES)
				.map(FitRanking.Place::fit)
				.toList();
			Map<Item, List<Need>> lacking = new LinkedHashMap<>();
			Map<Item, List<Double>> shares = new LinkedHashMap<>();
			for (RoleFit fit : best) {
				for (Need need : fit.lack()) {
					lacking.computeIfAbsent(need.item(), item -> new ArrayList<>()).add(need);
					shares.computeIfAbsent(need.item(), item -> new ArrayList<>())
						.add((double) need.weight() / fit.weightTotal());
				}
			}
			Comparator<Item> order = Comparator
				.comparingDouble((Item item) -> -shares.get(item).stream().mapToDouble(Double::doubleValue).sum())
				.thenComparingLong(item -> -lacking.get(item).stream().filter(Need::core).count())
				.thenComparing(Item::name);

			assertThat(lacking).as(known.query()).hasSizeGreaterThan(FitRanking.SUGGESTIONS);
			assertThat(ranking.learnNext()).as(known.query())
				.extracting(FitRanking.Suggestion::item)
				.containsExactlyElementsOf(
						lacking.keySet().stream().sorted(order).limit(FitRanking.SUGGESTIONS).toList());
		}
	}

}
