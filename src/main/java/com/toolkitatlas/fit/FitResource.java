package com.toolkitatlas.fit;

import java.util.List;
import java.util.Map;

import com.toolkitatlas.api.Json;
import com.toolkitatlas.catalogue.Importance;

/**
 * The roles ranked by what a person knows, as the JSON API returns them.
 *
 * @param known what the ranking was computed for, each item once
 * @param method how the fit is computed, in a sentence
 */
public record FitResource(List<ItemRef> known, String method, List<Entry> ranking, List<LearnNext> learnNext,
		Map<String, String> links) {

	static final String METHOD = "Each skill, tool and language a role uses counts 2 when core and 1 when secondary; "
			+ "the fit is the weight of what you know over the weight of the role's whole toolkit, rounded down to a "
			+ "whole percentage. Ties go to the role with more of its core items known, then to the site's order of roles.";

	public static FitResource of(FitRanking ranking) {
		KnownItems known = ranking.known();
		return new FitResource(known.items().stream().map(item -> ItemRef.of(item, null)).toList(), METHOD,
				ranking.places().stream().map(Entry::of).toList(),
				ranking.learnNext().stream().map(LearnNext::of).toList(),
				Json.links("self", known.on("/api/fit"), "html", known.on("/fit")));
	}

	/**
	 * One skill, tool or language.
	 *
	 * @param importance CORE or SECONDARY in the role it is listed for, or null outside a
	 * role
	 */
	public record ItemRef(String kind, String slug, String name, String category, String importance, String href) {

		public static ItemRef of(Item item, Importance importance) {
			return new ItemRef(item.kind().parameter(), item.slug(), item.name(), item.groupLabel(),
					importance == null ? null : Json.importance(importance), item.href());
		}

		public static ItemRef of(Need need) {
			return of(need.item(), need.importance());
		}

	}

	/**
	 * One role in its place.
	 *
	 * @param tie why it sits below the role above although their fits are level, or null
	 * @param lack what the person lacks, core first
	 */
	public record Entry(int rank, String slug, String name, int fitPercent, int weightKnown, int weightTotal,
			int coreKnown, int coreTotal, String tie, List<ItemRef> have, List<ItemRef> lack,
			Map<String, String> links) {

		static Entry of(FitRanking.Place place) {
			RoleFit fit = place.fit();
			return new Entry(place.rank(), fit.role().slug(), fit.role().name(), fit.percent(), fit.weightHad(),
					fit.weightTotal(), fit.coreHad(), fit.coreTotal(), place.tie(),
					fit.have().stream().map(ItemRef::of).toList(), fit.lack().stream().map(ItemRef::of).toList(),
					Json.links("role", "/api/roles/" + fit.role().slug(), "html", "/roles/" + fit.role().slug()));
		}

	}

	/** An item to learn next, why, and what it adds to each of the best roles' fits. */
	public record LearnNext(ItemRef item, String why, List<Gain> gains) {

		static LearnNext of(FitRanking.Suggestion suggestion) {
			return new LearnNext(ItemRef.of(suggestion.item(), null), suggestion.why(),
					suggestion.gains()
						.stream()
						.map(gain -> new Gain(gain.role().slug(), gain.core() ? "CORE" : "SECONDARY", gain.before(),
								gain.after()))
						.toList());
		}

	}

	/** What learning an item does for one role's fit, in percent. */
	public record Gain(String role, String importance, int fitBefore, int fitAfter) {
	}

}
