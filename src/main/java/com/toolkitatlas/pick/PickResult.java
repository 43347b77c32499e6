package com.toolkitatlas.pick;

import java.util.List;

import com.toolkitatlas.catalogue.Role;

/**
 * Every role ranked for one set of answers, each with the answers that raised or lowered
 * it.
 *
 * @param summary one sentence on the outcome, ties and an undecided result included
 * @param link the address of this result, to share
 */
public record PickResult(Answers answers, String summary, String link, List<RoleScore> ranking) {

	/**
	 * Whether any answer bears on any role; if none does, the ranking has nothing to
	 * show.
	 */
	public boolean anyEffect() {
		return ranking.stream().anyMatch(score -> !score.unaffected());
	}

	/**
	 * One role's place and the reasons for it.
	 *
	 * @param rank 1 for the top; roles with equal scores share a rank
	 * @param tied whether another role has the same score
	 */
	public record RoleScore(int rank, boolean tied, Role role, int score, List<Reason> raised, List<Reason> lowered) {

		public boolean unaffected() {
			return raised.isEmpty() && lowered.isEmpty();
		}

		/** The score as the page shows it, with a true minus sign. */
		public String scoreText() {
			return score < 0 ? "−" + Math.abs(score) : String.valueOf(score);
		}
	}

	/**
	 * One answer, or a group of tools, and what it did to a role's score.
	 *
	 * @param question the question the answer belongs to
	 * @param text the explanation: "you enjoy Kubernetes and Docker: both are core tools
	 * here"
	 * @param points what it added to the score, negative when it lowered it
	 */
	public record Reason(String question, String text, int points) {

		/** The points as the page shows them: "+3" or "−2". */
		public String signedPoints() {
			return points > 0 ? "+" + points : "−" + Math.abs(points);
		}
	}
}
