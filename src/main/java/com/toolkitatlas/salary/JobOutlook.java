package com.toolkitatlas.salary;

import com.toolkitatlas.catalogue.Source;

/**
 * A role's job outlook in one line, as a summary shows it: the projected growth of the
 * role's main occupation over the projection window, and whether that occupation only
 * stands in for the role. Where no source gives a growth figure, growth is null and the
 * page says so.
 *
 * @param mapping the role's main occupation, its own or a proxy
 * @param growth the occupation's projected growth in jobs, or null
 */
public record JobOutlook(RoleOccupation mapping, OccupationFigure growth) {

	/** The outlook of the role's main occupation. */
	static JobOutlook of(RoleOccupation mapping) {
		return new JobOutlook(mapping, mapping.occupation().growth().orElse(null));
	}

	public boolean known() {
		return growth != null;
	}

	/** The projection window, as its figure gives it ("2024–34"), or null. */
	public String window() {
		return known() ? growth.period().label() : null;
	}

	/** The copy the growth figure was read from, or null without one. */
	public Source source() {
		return known() ? growth.source() : null;
	}

	public boolean proxy() {
		return mapping.proxy();
	}

}
