package com.toolkitatlas.pick;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.toolkitatlas.catalogue.Importance;
import com.toolkitatlas.catalogue.Links.RoleTool;
import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.catalogue.Tool;
import com.toolkitatlas.pick.PickGuide.Option;
import com.toolkitatlas.pick.PickGuide.OptionSource;
import com.toolkitatlas.pick.PickGuide.Question;
import com.toolkitatlas.pick.PickGuide.Weight;
import com.toolkitatlas.pick.PickResult.Reason;
import com.toolkitatlas.pick.PickResult.RoleScore;
import com.toolkitatlas.web.English;

/**
 * Scores every role for a set of answers. A role's score is the sum of the weights of the
 * chosen options for that role, plus, for each tool the person enjoys, the weight of the
 * tool's importance in the role (core or secondary; nothing if the role does not use it).
 * Every non-zero term becomes a reason the page shows, so the score can be recomputed by
 * hand.
 */
public final class PickRanking {

	private PickRanking() {
	}

	public static PickResult rank(PickGuide guide, List<Role> roles, Answers answers) {
		List<Scored> scored = roles.stream()
			.map(role -> score(guide, role, answers))
			.sorted(Comparator.comparingInt(Scored::score).reversed().thenComparingInt(s -> s.role().displayOrder()))
			.toList();
		List<RoleScore> ranking = scored.stream()
			.map(s -> new RoleScore(1 + (int) scored.stream().filter(other -> other.score() > s.score()).count(),
					scored.stream().filter(other -> other.score() == s.score()).count() > 1, s.role(), s.score(),
					s.reasons().stream().filter(r -> r.points() > 0).toList(),
					s.reasons().stream().filter(r -> r.points() < 0).toList()))
			.toList();
		return new PickResult(answers, summary(ranking), answers.link(), ranking);
	}

	private static Scored score(PickGuide guide, Role role, Answers answers) {
		List<Reason> reasons = new ArrayList<>();
		for (Question question : guide.questions()) {
			if (question.source() == OptionSource.TOOLS) {
				List<Tool> tools = answers.of(question.slug())
					.stream()
					.flatMap(slug -> guide.tools().stream().filter(tool -> tool.slug().equals(slug)))
					.toList();
				for (Importance importance : Importance.values()) {
					toolReason(guide, question, role, tools, importance).ifPresent(reasons::add);
				}
			}
			else {
				for (String slug : answers.of(question.slug())) {
					Option option = question.option(slug).orElseThrow();
					Weight weight = option.weight(role);
					if (weight.points() != 0) {
						reasons.add(new Reason(question.slug(),
								question.answerPrefix() + " " + option.phrase() + ": "
										+ (weight.note() != null ? weight.note() : effect(weight.points())),
								weight.points()));
					}
				}
			}
		}
		reasons.sort(Comparator.comparingInt((Reason r) -> Math.abs(r.points())).reversed());
		return new Scored(role, reasons.stream().mapToInt(Reason::points).sum(), List.copyOf(reasons));
	}

	/** The tools a role uses with one importance, grouped into one reason. */
	private static Optional<Reason> toolReason(PickGuide guide, Question question, Role role, List<Tool> tools,
			Importance importance) {
		List<String> names = tools.stream()
			.filter(tool -> role.tool(tool.slug()).map(RoleTool::importance).orElse(null) == importance)
			.map(Tool::name)
			.toList();
		int points = guide.toolWeight(importance) * names.size();
		if (names.isEmpty() || points == 0) {
			return Optional.empty();
		}
		String kind = importance.label().toLowerCase(Locale.ROOT) + " tool";
		String effect = switch (names.size()) {
			case 1 -> "a " + kind + " here";
			case 2 -> "both are " + kind + "s here";
			default -> "all " + English.number(names.size()) + " are " + kind + "s here";
		};
		return Optional.of(new Reason(question.slug(),
				question.answerPrefix() + " " + English.list(names) + ": " + effect, points));
	}

	/** What a weight means, where the catalogue gives no note of its own. */
	static String effect(int points) {
		if (points >= 3) {
			return "it is central to this role";
		}
		return switch (points) {
			case 2 -> "it counts for a lot here";
			case 1 -> "it plays a part here";
			case -1 -> "it sits a little apart from this role";
			default -> "it is far from this role's daily work";
		};
	}

	static String summary(List<RoleScore> ranking) {
		RoleScore top = ranking.get(0);
		List<String> leaders = ranking.stream()
			.filter(s -> s.score() == top.score())
			.map(s -> s.role().name())
			.toList();
		if (leaders.size() == ranking.size()) {
			return "Your answers do not set any role apart yet: every role scores " + top.score()
					+ ". Add what draws you or where you are strongest to see a ranking.";
		}
		if (leaders.size() > 1) {
			return English.list(leaders) + " share the top place with " + points(top.score())
					+ " each; the reasons below show what sets them apart from the rest.";
		}
		RoleScore second = ranking.get(1);
		return top.role().name() + " comes out on top with " + points(top.score()) + ", "
				+ points(top.score() - second.score()) + " ahead of " + second.role().name() + ".";
	}

	private static String points(int points) {
		return points + (Math.abs(points) == 1 ? " point" : " points");
	}

	private record Scored(Role role, int score, List<Reason> reasons) {
	}

}
