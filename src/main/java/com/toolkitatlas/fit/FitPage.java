package com.toolkitatlas.fit;

import java.util.List;

import com.toolkitatlas.catalogue.Role;

/**
 * Everything {@code /fit} shows: the form, and once something is ticked, the ranking.
 *
 * @param ranking the roles ranked by fit, or null when nothing is ticked
 */
public record FitPage(FitForm form, KnownItems known, FitRanking ranking) {

	public boolean answered() {
		return ranking != null;
	}

	/** The page's own address, with what is ticked. */
	public String href() {
		return known.on("/fit");
	}

	/**
	 * The switch pages from every other role to this one, carrying what is ticked, in the
	 * order of the ranking.
	 */
	public List<Way> waysTo(Role role) {
		return ranking.places()
			.stream()
			.map(place -> place.fit().role())
			.filter(from -> !from.equals(role))
			.map(from -> new Way(from, known.on("/switch/" + from.slug() + "-to-" + role.slug())))
			.toList();
	}

	/** A link to the switch page from one role. */
	public record Way(Role from, String href) {
	}

}
