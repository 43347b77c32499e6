package com.toolkitatlas.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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

	/**
	 * The role's items split in one pass into those the person knows and those they lack,
	 * core first, each in the toolkit's order (two filtering passes and a sort were most
	 * of the ranking's cost on the ticked fit page: bench/RESULTS.md, "Rendering, ninth
	 * round").
	 */
	public static RoleFit of(Role role, KnownItems known) {
		return of(role, KnownItems.needsOf(role), Set.copyOf(known.items()));
	}

	/**
	 * @param needs the role's toolkit ({@link KnownItems#needsOf}), which the fit page
	 * works out once, not on every request
	 * @param known what the person knows, as a set: each of the toolkit's items is looked
	 * up in it
	 */
	static RoleFit of(Role role, List<Need> needs, Set<Item> known) {
		List<Need> have = new ArrayList<>();
		List<Need> lack = new ArrayList<>();
		List<Need> secondaryLack = new ArrayList<>();
		for (Need need : needs) {
			if (known.contains(need.item())) {
				have.add(need);
			}
			else {
				(need.core() ? lack : secondaryLack).add(need);
			}
		}
		lack.addAll(secondaryLack);
		return new RoleFit(role, List.copyOf(have), List.copyOf(lack));
	}

	/** The weight of the items the person knows. */
	public int weightHad() {
		return weight(have);
	}

	/** The weight of the whole toolkit. */
	public int weightTotal() {
		return weight(have) + weight(lack);
	}

	/**
	 * Summed in a loop: a page asks for a fit's weights a dozen times (its percentage,
	 * the ties, what to learn next), and streaming them was some 4 % of the ticked fit
	 * page (bench/RESULTS.md, tenth round).
	 */
	private static int weight(List<Need> needs) {
		int weight = 0;
		for (Need need : needs) {
			weight += need.weight();
		}
		return weight;
	}

	/**
	 * The fit as a whole percentage, rounded down, so that 100% means the whole toolkit.
	 */
	public int percent() {
		int total = weightTotal();
		return total == 0 ? 0 : weightHad() * 100 / total;
	}

	public int coreHad() {
		return core(have);
	}

	public int coreTotal() {
		return coreHad() + coreLacked();
	}

	private int coreLacked() {
		return core(lack);
	}

	private static int core(List<Need> needs) {
		int core = 0;
		for (Need need : needs) {
			core += need.core() ? 1 : 0;
		}
		return core;
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
		// Each count once: every one is a pass over the toolkit.
		int coreHad = coreHad();
		int coreTotal = coreHad + coreLacked();
		return "You have " + coreHad + " of its " + coreTotal + " core items, and " + (itemsHad() - coreHad)
				+ " of its " + (itemsTotal() - coreTotal) + " secondary ones.";
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

	/** Whether this fit is above another, exactly (not as rounded percentages). */
	int compareShare(RoleFit other) {
		return compareShares(weightHad(), weightTotal(), other.weightHad(), other.weightTotal());
	}

	/** Whether a share {@code had / total} is above another, exactly. */
	static int compareShares(int had, int total, int otherHad, int otherTotal) {
		return Long.compare((long) had * otherTotal, (long) otherHad * total);
	}

}
