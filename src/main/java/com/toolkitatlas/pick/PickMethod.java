package com.toolkitatlas.pick;

import java.util.List;

import com.toolkitatlas.catalogue.Role;

/** The weights behind the how-to-pick ranking, as /sources lays them out for checking. */
public record PickMethod(List<Role> roles, List<WeightTable> tables, List<ToolWeight> toolWeights) {

	/** One listed question: a row per option, a column per role. */
	public record WeightTable(String question, String prompt, List<Row> rows) {
	}

	public record Row(String option, String label, List<Integer> weights) {
	}

	/** What a tool someone enjoys is worth where it is core or secondary. */
	public record ToolWeight(String importance, int weight) {
	}
}
