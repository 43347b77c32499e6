package com.toolkitatlas.compare;

import java.util.List;

import com.toolkitatlas.catalogue.Overlap;
import com.toolkitatlas.catalogue.Role;

/** The similarity of every two of a few roles, one row and one column per role. */
public record SimilarityMatrix(List<Role> roles, List<Row> rows) {

	public static SimilarityMatrix of(List<Role> roles) {
		return new SimilarityMatrix(List.copyOf(roles),
				roles.stream()
					.map(role -> new Row(role, roles.stream().map(other -> cell(role, other)).toList()))
					.toList());
	}

	private static Cell cell(Role role, Role other) {
		return role.equals(other) ? new Cell(other, null, null)
				: new Cell(other, Similarity.of(Overlap.of(role, other)), ComparisonService.pairPath(role, other));
	}

	public record Row(Role role, List<Cell> cells) {
	}

	/**
	 * How one role compares with another; on the diagonal, where a role meets itself,
	 * there is no similarity and no link.
	 *
	 * @param href the canonical page of the pair
	 */
	public record Cell(Role other, Similarity similarity, String href) {

		public boolean self() {
			return similarity == null;
		}
	}
}
