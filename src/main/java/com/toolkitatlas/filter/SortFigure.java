package com.toolkitatlas.filter;

import java.util.Comparator;

import com.toolkitatlas.salary.OccupationFigure;
import com.toolkitatlas.salary.RoleOccupation;

/**
 * The figure a role is sorted by: the chosen measure of its main official occupation,
 * which may stand in for the role as a proxy, or null where the sources give none.
 */
public record SortFigure(RoleOrder order, RoleOccupation mapping, OccupationFigure figure) {

	/**
	 * Largest first, roles without the figure last; equal figures compare equal, so a
	 * stable sort keeps them in the order they had.
	 */
	static final Comparator<SortFigure> LARGEST_FIRST = Comparator.comparing((SortFigure sort) -> sort.figure() == null)
		.thenComparing((SortFigure sort) -> sort.figure() == null ? null : sort.figure().amount(),
				Comparator.nullsLast(Comparator.reverseOrder()));

	public boolean known() {
		return figure != null;
	}

	/** "Official median pay", as a result labels the figure. */
	public String label() {
		return order.heading();
	}

	/**
	 * Where the figure comes from: "15-1252 Software Developers (BLS), US, May 2024", or,
	 * without a figure, why the role is last.
	 */
	public String detail() {
		String occupation = mapping.occupation().codeAndTitle() + " (BLS), US";
		return known() ? occupation + ", " + figure.period().label()
				: "not given by the sources for " + occupation + ", so listed last";
	}

}
