package com.toolkitatlas.compare;

import java.util.List;

import com.toolkitatlas.catalogue.Overlap;
import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.catalogue.RolePair;
import com.toolkitatlas.catalogue.Topic;
import com.toolkitatlas.salary.SalaryChart;

/**
 * Two roles side by side, composed from their catalogue texts and lists and from the
 * notes the pair adds. The first role is the one of lower display order, as in the
 * canonical address.
 *
 * @param everyFigure every salary figure of both roles, on the same scale as the
 * headlines
 * @param closeness what the similarity means for someone choosing between the two
 * @param firstPairs the other comparisons of the first role; secondPairs those of the
 * second
 */
public record PairComparison(RolePair pair, List<GlanceRow> glance, SalaryComparison salary, SalaryChart everyFigure,
		Overlap overlap, Similarity similarity, String closeness, List<RolePair> firstPairs,
		List<RolePair> secondPairs) implements ComparisonPage {

	public Role first() {
		return pair.first();
	}

	public Role second() {
		return pair.second();
	}

	public List<Role> roles() {
		return List.of(first(), second());
	}

	@Override
	public String path() {
		return pair.path();
	}

	/**
	 * What the pair adds to a section (named as in the catalogue: AT_A_GLANCE, COST,
	 * ...).
	 */
	public List<RolePair.Note> notes(String section) {
		return pair.notes(section);
	}

	/**
	 * Both roles' paragraphs on a topic named as in the enum, for templates:
	 * {@code texts('ONBOARDING')}.
	 */
	public List<RoleText> texts(String topic) {
		Topic value = Topic.valueOf(topic);
		return roles().stream().map(role -> new RoleText(role, role.text(value))).toList();
	}
}
