package com.toolkitatlas.pick;

import java.util.List;
import java.util.Map;

/**
 * A how-to-pick result as the JSON API returns it: every role ranked with the reasons for
 * its score.
 */
public record PickResource(Map<String, List<String>> answers, String summary, String link, List<Entry> ranking,
		List<QuestionRef> questions) {

	public static PickResource of(PickResult result, PickGuide guide) {
		return new PickResource(result.answers().chosen(), result.summary(), result.link(),
				result.ranking()
					.stream()
					.map(score -> new Entry(score.rank(), score.tied(), score.role().slug(), score.role().name(),
							score.score(), score.raised().stream().map(Reason::of).toList(),
							score.lowered().stream().map(Reason::of).toList(), "/api/roles/" + score.role().slug()))
					.toList(),
				guide.questions()
					.stream()
					.map(question -> new QuestionRef(question.slug(), question.prompt(), question.multiple(),
							question.source() == PickGuide.OptionSource.TOOLS
									? guide.tools().stream().map(tool -> tool.slug()).toList()
									: question.options().stream().map(PickGuide.Option::slug).toList()))
					.toList());
	}

	public record Entry(int rank, boolean tied, String slug, String name, int score, List<Reason> raised,
			List<Reason> lowered, String href) {
	}

	public record Reason(String question, String text, int points) {
		static Reason of(PickResult.Reason reason) {
			return new Reason(reason.question(), reason.text(), reason.points());
		}
	}

	/**
	 * A question of the guide and the answers it accepts, so a program can build a
	 * request.
	 */
	public record QuestionRef(String slug, String prompt, boolean multiple, List<String> options) {
	}
}
