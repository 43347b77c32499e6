package com.toolkitatlas.alternative;

import java.util.List;
import java.util.Map;

import com.toolkitatlas.api.Json;
import com.toolkitatlas.api.Json.Salary;
import com.toolkitatlas.api.Json.SourceRef;

/**
 * The alternatives of one role as the JSON API returns them: the ranking, each place's
 * reason, how to pick.
 */
public record AlternativesResource(String role, String name, String method, SourceRef editorialSource,
		String whyLookBeyond, List<Entry> alternatives, Map<String, String> links) {

	public static AlternativesResource of(Alternatives alternatives) {
		return new AlternativesResource(alternatives.role().slug(), alternatives.role().name(),
				alternatives.method().name(),
				alternatives.editorialSource() == null ? null : SourceRef.of(alternatives.editorialSource()),
				alternatives.role().whyLookBeyond(), alternatives.alternatives().stream().map(Entry::of).toList(),
				Json.links("self", "/api/roles/" + alternatives.role().slug() + "/alternatives", "html",
						"/roles/" + alternatives.role().slug() + "/alternatives", "role",
						"/api/roles/" + alternatives.role().slug()));
	}

	/**
	 * One alternative in its place.
	 *
	 * @param method EDITORIAL where the source's ranking places it, SIMILARITY where the
	 * similarity score does
	 * @param chooseIf the condition of the how-to-pick item: "If you …, consider this
	 * role"
	 */
	public record Entry(int rank, String slug, String name, String method, String headline, String difference,
			String rankReason, Shared shared, Pay pay, List<String> bestFor, String chooseIf,
			Map<String, String> links) {

		static Entry of(Alternatives.Alternative alternative) {
			Alternatives.SharedEntries shared = alternative.shared();
			PayDifference pay = alternative.pay();
			return new Entry(alternative.rank(), alternative.role().slug(), alternative.role().name(),
					alternative.method().name(), alternative.role().headline(), alternative.difference(),
					alternative.rankReason(),
					new Shared(shared.skills(), shared.tools(), shared.union(), shared.percent(), shared.summary()),
					new Pay(pay.comparable(), pay.gapUsd(), pay.summary(), Salary.of(pay.figure()),
							Salary.of(pay.baseline())),
					alternative.role().bestFor(),
					"If " + alternative.role().chooseIf() + ", consider " + alternative.role().name() + ".",
					Json.links("role", "/api/roles/" + alternative.role().slug(), "html",
							"/roles/" + alternative.role().slug(), "compare", alternative.comparePath()));
		}
	}

	/** Skills and tools both roles have, as the similarity score counts them. */
	public record Shared(int skills, int tools, int union, int percent, String summary) {
	}

	/**
	 * The alternative's headline pay against the role's, with a gap only where the two
	 * are comparable.
	 */
	public record Pay(boolean comparable, Integer gapUsd, String summary, Salary alternative, Salary role) {
	}
}
