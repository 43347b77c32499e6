package com.toolkitatlas.hire;

import java.util.Arrays;
import java.util.List;

/** The form of {@code /hire} with a person's earlier choice ticked. */
public record HireForm(List<Choice> projects, List<Choice> stages) {

	static HireForm of(HiringGuide guide, HireQuery query) {
		return new HireForm(
				guide.kinds()
					.stream()
					.map(kind -> new Choice("project-" + kind.slug(), kind.slug(), kind.name(), query.chose(kind)))
					.toList(),
				Arrays.stream(Stage.values())
					.map(stage -> new Choice("stage-" + stage.slug(), stage.slug(), stage.label(),
							stage == query.stage()))
					.toList());
	}

	/** One option, with the id its input and label share. */
	public record Choice(String id, String value, String label, boolean chosen) {
	}

}
