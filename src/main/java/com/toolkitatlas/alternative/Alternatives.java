package com.toolkitatlas.alternative;

import java.util.List;

import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.catalogue.Source;
import com.toolkitatlas.catalogue.Tool;
import com.toolkitatlas.web.Count;

/**
 * Everything the alternatives page of one role shows: every other role ranked with the
 * reason for each place, a side-by-side table and the how-to-pick guidance for leaving
 * the role.
 *
 * @param method how the order was made: an editorial ranking from a source (followed by
 * the similarity score for any role it leaves out), or the similarity score alone
 * @param editorialSource the source of the editorial ranking, or null for the similarity
 * score
 * @param sideBySide the role itself first, then its alternatives in rank order
 * @param strengths for each strength the guide asks about, the alternatives that use it
 * most
 * @param pickQuestions how many questions the how-to-pick guide asks
 */
public record Alternatives(Role role, RankingMethod method, Source editorialSource, List<Alternative> alternatives,
		List<SideBySideRow> sideBySide, List<StrengthFit> strengths, Count pickQuestions) {

	public boolean editorial() {
		return method == RankingMethod.EDITORIAL;
	}

	/** The roles the editorial ranking places; the rest follow by similarity. */
	public Count editoriallyRanked() {
		return new Count((int) alternatives.stream().filter(alt -> alt.method() == RankingMethod.EDITORIAL).count());
	}

	/** Whether an editorial ranking leaves some roles to the similarity score. */
	public boolean editorialLeavesSomeOut() {
		return editorial() && alternatives.stream().anyMatch(alt -> alt.method() == RankingMethod.SIMILARITY);
	}

	/** The ranked alternatives, as the items of the page's ordered list. */
	public String rankedMarkup() {
		return AlternativesMarkup.ranked(role, alternatives);
	}

	/** The side-by-side table's rows, the role itself first. */
	public String sideBySideMarkup() {
		return AlternativesMarkup.sideBySide(sideBySide);
	}

	/** The how-to-pick list's items, one an alternative. */
	public String pickListMarkup() {
		return AlternativesMarkup.pickList(alternatives);
	}

	/**
	 * Each strength and the alternatives that draw on it most, as a description list's
	 * items.
	 */
	public String strengthsMarkup() {
		return AlternativesMarkup.strengths(strengths);
	}

	/** How an order of alternatives was made. */
	public enum RankingMethod {

		/** The order a source gives. */
		EDITORIAL,
		/** The share of skills and tools two roles have in common, highest first. */
		SIMILARITY

	}

	/**
	 * One alternative in its place.
	 *
	 * @param method how this place was decided
	 * @param difference how the two roles differ, from the pair's own paragraph
	 * @param rankReason why it sits at this place, in words
	 * @param comparePath the address of the comparison of the two roles, in canonical
	 * order
	 */
	public record Alternative(int rank, Role role, RankingMethod method, String difference, String rankReason,
			SharedEntries shared, PayDifference pay, String comparePath) {
	}

	/**
	 * What two roles have in common, over skills and tools, as the similarity score
	 * counts it.
	 *
	 * @param union the skills and tools either role uses
	 * @param examples a few of the shared entries, tools first
	 * @param more how many shared entries the examples leave out
	 */
	public record SharedEntries(int skills, int tools, int union, int percent, List<String> examples, int more) {

		public int total() {
			return skills + tools;
		}

		/**
		 * "9 skills and 12 tools, 26% of the 80 skills and tools that either role uses:
		 * Apache Airflow, … and 15 more."
		 */
		public String summary() {
			if (total() == 0) {
				return "No skills or tools in common; together the two roles use " + union + " skills and tools.";
			}
			String names = String.join(", ", examples) + (more > 0 ? " and " + more + " more" : "");
			return count(skills, "skill") + " and " + count(tools, "tool") + ", " + percent + "% of the " + union
					+ " skills and tools that either role uses: " + names + ".";
		}

		private static String count(int n, String noun) {
			return n + " " + noun + (n == 1 ? "" : "s");
		}
	}

	/** One row of the side-by-side table. */
	public record SideBySideRow(Role role, boolean current, List<Tool> coreTools) {
	}

	/**
	 * A strength, and the alternatives that draw on it most according to the how-to-pick
	 * weights.
	 */
	public record StrengthFit(String strength, List<Role> roles) {
	}
}
