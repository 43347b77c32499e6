package com.toolkitatlas.pick;

import java.util.List;

import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.html.Markup;

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
	 * The items of the ranked list, as the page prints them inside its {@code ol}: each
	 * role's place, name linked to its profile, score (and whether it is tied), headline,
	 * the answers that raised and lowered it with their signed points, or a note that
	 * none bears on it, and links to its profile and its alternatives. Written here
	 * rather than by the template (six items of some twenty processed elements and two
	 * loops each: bench/RESULTS.md, "Rendering, tenth round"). Written on each request,
	 * with the line breaks the template wrote. A minus sign is written as
	 * {@code &minus;}: as a character beyond Latin-1 it would widen the builder to two
	 * bytes a character for the rest of the list (bench/RESULTS.md, thirteenth round,
	 * h19b).
	 */
	public String rankingMarkup() {
		Markup html = new Markup(ranking.size() * 1_500).tag("\n");
		for (RoleScore entry : ranking) {
			Role role = entry.role();
			String profile = "/roles/" + role.slug();
			html.tag("<li class=\"pick-ranking__item\"")
				.attribute("id", "rank-" + role.slug())
				.tag(">\n<h3 class=\"pick-ranking__title\">\n<span class=\"pick-ranking__rank\">")
				.text(Integer.toString(entry.rank()))
				.tag(".</span>\n")
				.link(profile, role.name())
				.tag("\n</h3>\n<p class=\"pick-ranking__score\">Score <strong>")
				.number(entry.score())
				.tag(entry.tied() ? "</strong><span>, tied</span></p>\n<p class=\"muted\">"
						: "</strong></p>\n<p class=\"muted\">")
				.text(role.headline())
				.tag("</p>\n");
			writeReasons(html, "Raised by", "pick-reasons__points pick-reasons__points--up", entry.raised());
			writeReasons(html, "Lowered by", "pick-reasons__points pick-reasons__points--down", entry.lowered());
			html.tag(entry.unaffected() ? "<p class=\"muted\">None of your answers bears on this role.</p>\n" : "\n")
				.tag("<p class=\"pick-ranking__links\">\n")
				.link(profile, role.shortName() + " profile")
				.tag("\n")
				.link(profile + "/alternatives", "Alternatives to " + role.shortName())
				.tag("\n</p>\n</li>\n");
		}
		return html.toString();
	}

	private static void writeReasons(Markup html, String title, String pointsClass, List<Reason> reasons) {
		if (reasons.isEmpty()) {
			html.tag("\n");
			return;
		}
		html.tag("\n<p class=\"pick-reasons__title\">").tag(title).tag("</p>\n<ul class=\"pick-reasons\">\n");
		for (Reason reason : reasons) {
			html.tag("<li><span")
				.attribute("class", pointsClass)
				.tag(">")
				.signed(reason.points())
				.tag("</span>\n<span>")
				.text(reason.text())
				.tag("</span></li>\n");
		}
		html.tag("</ul>\n\n");
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

		/**
		 * The score as a reader sees it, with a true minus sign (which the page's markup
		 * writes as {@code &minus;}).
		 */
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

		/**
		 * The points as a reader sees them: "+3" or "−2" (the page's markup writes the
		 * minus sign as {@code &minus;}).
		 */
		public String signedPoints() {
			return points > 0 ? "+" + points : "−" + Math.abs(points);
		}
	}
}
