package com.toolkitatlas.fit;

import java.util.Comparator;
import java.util.List;

import com.toolkitatlas.catalogue.Role;

/**
 * How much of one role's toolkit a person already has. The fit is an importance-weighted
 * coverage: every skill, tool and language the role uses counts {@value Need#CORE_WEIGHT}
 * when it is core and {@value Need#SECONDARY_WEIGHT} when it is secondary; the fit is the
 * weight of what the person knows over the weight of the whole toolkit.
 *
 * @param have the role's items the person knows
 * @param lack the role's items the person does not know, core first
 */
public record RoleFit(Role role, List<Need> have, List<Need> lack) {

	private static final Comparator<Need> CORE_FIRST = Comparator.comparing((Need need) -> need.core() ? 0 : 1);

	public static RoleFit of(Role role, KnownItems known) {
		List<Need> needs = KnownItems.needsOf(role);
		return new RoleFit(role, needs.stream().filter(need -> known.has(need.item())).toList(),
				needs.stream().filter(need -> !known.has(need.item())).sorted(CORE_FIRST).toList());
	}

	/** The weight of the items the person knows. */
	public int weightHad() {
		return have.stream().mapToInt(Need::weight).sum();
	}

	/** The weight of the whole toolkit. */
	public int weightTotal() {
		return weightHad() + lack.stream().mapToInt(Need::weight).sum();
	}

	/**
	 * The fit as a whole percentage, rounded down, so that 100% means the whole toolkit.
	 */
	public int percent() {
		int total = weightTotal();
		return total == 0 ? 0 : weightHad() * 100 / total;
	}

	public int coreHad() {
		return (int) have.stream().filter(Need::core).count();
	}

	public int coreTotal() {
		return coreHad() + (int) lack.stream().filter(Need::core).count();
	}

	/** How many items of the toolkit the person has, core and secondary. */
	public int itemsHad() {
		return have.size();
	}

	public int itemsTotal() {
		return have.size() + lack.size();
	}

	/** "You have 5 of its 11 core items". */
	public String coreSummary() {
		return "You have " + coreHad() + " of its " + coreTotal() + " core items, and " + (itemsHad() - coreHad())
				+ " of its " + (itemsTotal() - coreTotal()) + " secondary ones.";
	}

	public List<ItemGroup> haveGroups() {
		return ItemGroup.of(have);
	}

	public List<ItemGroup> coreLacking() {
		return ItemGroup.of(lack.stream().filter(Need::core).toList());
	}

	public List<ItemGroup> secondaryLacking() {
		return ItemGroup.of(lack.stream().filter(need -> !need.core()).toList());
	}

	/** Whether any core item of the toolkit is missing from what the person knows. */
	public boolean lacksCore() {
		return lack.stream().anyMatch(Need::core);
	}

	/** Whether any secondary item of the toolkit is missing. */
	public boolean lacksSecondary() {
		return lack.stream().anyMatch(need -> !need.core());
	}

	/** {@link #haveGroups()} as the page prints them ({@link ItemGroup#markup}). */
	public String haveMarkup() {
		return ItemGroup.markup(haveGroups());
	}

	public String coreLackingMarkup() {
		return ItemGroup.markup(coreLacking());
	}

	public String secondaryLackingMarkup() {
		return ItemGroup.markup(secondaryLacking());
	}

	/** Whether this fit is above another, exactly (not as rounded percentages). */
	int compareShare(RoleFit other) {
		return Long.compare((long) weightHad() * other.weightTotal(), (long) other.weightHad() * weightTotal());
	}

}
