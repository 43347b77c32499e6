package com.toolkitatlas.move;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.toolkitatlas.alternative.PayDifference;
import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.fit.Item;
import com.toolkitatlas.fit.ItemGroup;
import com.toolkitatlas.fit.KnownItems;
import com.toolkitatlas.fit.Need;
import com.toolkitatlas.fit.RoleFit;
import com.toolkitatlas.html.Markup;

/**
 * The way from one role to another, over skills, tools and languages: what carries over,
 * what is left to learn (less what the person says they already know), what stays behind,
 * the pay difference and a verdict.
 *
 * @param carried the target's items the current role also uses, with their importance in
 * the target
 * @param toLearn the target's items neither the current role nor the person has, core
 * first
 * @param alreadyKnown the target's items the current role lacks but the person knows
 * @param leftBehind the current role's items the target does not use, with their
 * importance in the current role
 * @param fit how much of the target's toolkit, weighted as on {@code /fit}, the current
 * role's toolkit and what the person knows cover together
 * @param comparePath the address of the comparison of the two roles
 */
public record RoleSwitch(Role from, Role to, KnownItems known, List<Need> carried, List<Need> toLearn,
		List<Need> alreadyKnown, List<Need> leftBehind, RoleFit fit, PayDifference pay, String comparePath) {

	/** From this share of the target's weighted toolkit, in percent, a move is short. */
	static final int SHORT_MOVE = 50;

	/** Below this share a move is long. */
	static final int LONG_MOVE = 25;

	public static RoleSwitch of(Role from, Role to, KnownItems known, String comparePath) {
		KnownItems fromToolkit = KnownItems.toolkitOf(from);
		List<Need> target = KnownItems.needsOf(to);
		RoleFit carriedOnly = RoleFit.of(to, fromToolkit);
		List<Need> lacking = carriedOnly.lack();
		KnownItems targetToolkit = KnownItems.toolkitOf(to);
		return new RoleSwitch(from, to, known, target.stream().filter(need -> fromToolkit.has(need.item())).toList(),
				lacking.stream().filter(need -> !known.has(need.item())).toList(),
				lacking.stream().filter(need -> known.has(need.item())).toList(),
				KnownItems.needsOf(from).stream().filter(need -> !targetToolkit.has(need.item())).toList(),
				RoleFit.of(to, fromToolkit.and(known)),
				PayDifference.between(to.headlineSalary(), from.headlineSalary(), from.shortName()), comparePath);
	}

	/**
	 * The same move for someone who knows these items: what is left to learn, what is
	 * already known and the fit follow from the move for nothing known, which
	 * {@link SwitchService} works out once per pair of roles (it depends on the catalogue
	 * alone); only the split by what the request says is known is done per request.
	 */
	public RoleSwitch knowing(KnownItems known) {
		if (known.equals(this.known)) {
			return this;
		}
		if (!this.known.isEmpty()) {
			return of(from, to, known, comparePath);
		}
		// For nothing known, toLearn is everything of the target the current role lacks,
		// core first; what is known of it moves to alreadyKnown, in the same order.
		Set<Item> carriedItems = carried.stream().map(Need::item).collect(Collectors.toSet());
		RoleFit knowingFit = new RoleFit(to,
				KnownItems.needsOf(to)
					.stream()
					.filter(need -> carriedItems.contains(need.item()) || known.has(need.item()))
					.toList(),
				toLearn.stream().filter(need -> !known.has(need.item())).toList());
		return new RoleSwitch(from, to, known, carried, knowingFit.lack(),
				toLearn.stream().filter(need -> known.has(need.item())).toList(), leftBehind, knowingFit, pay,
				comparePath);
	}

	/** The canonical address of the move. */
	public String path() {
		return path(from, to);
	}

	public static String path(Role from, Role to) {
		return "/switch/" + from.slug() + "-to-" + to.slug();
	}

	public List<ItemGroup> carriedGroups() {
		return ItemGroup.of(carried);
	}

	public List<ItemGroup> coreToLearn() {
		return ItemGroup.of(toLearn.stream().filter(Need::core).toList());
	}

	public List<ItemGroup> secondaryToLearn() {
		return ItemGroup.of(toLearn.stream().filter(need -> !need.core()).toList());
	}

	/**
	 * The items the switch page offers to tick as known: what is left to learn and what
	 * is already ticked of it, core first.
	 */
	public List<Need> learnable() {
		return Stream.concat(toLearn.stream(), alreadyKnown.stream())
			.sorted(Comparator.comparing((Need need) -> need.core() ? 0 : 1).thenComparing(need -> need.item().name()))
			.toList();
	}

	/** Whether the switch page's form lists the item, or must carry it hidden. */
	public boolean isListed(Item item) {
		return learnable().stream().anyMatch(need -> need.item().equals(item));
	}

	public List<ItemGroup> knownGroups() {
		return ItemGroup.of(alreadyKnown);
	}

	public List<ItemGroup> leftBehindGroups() {
		return ItemGroup.of(leftBehind);
	}

	/**
	 * The item groups as the page prints them ({@link ItemGroup#markup}): what carries
	 * over, what to learn (core, secondary), what is already known, what stays behind.
	 */
	public String carriedMarkup() {
		return ItemGroup.markup(carriedGroups());
	}

	public String coreToLearnMarkup() {
		return ItemGroup.markup(coreToLearn());
	}

	public String secondaryToLearnMarkup() {
		return ItemGroup.markup(secondaryToLearn());
	}

	public String knownMarkup() {
		return ItemGroup.markup(knownGroups());
	}

	public String leftBehindMarkup() {
		return ItemGroup.markup(leftBehindGroups());
	}

	/** Whether a secondary item is left to learn. */
	public boolean hasSecondaryToLearn() {
		return toLearn.stream().anyMatch(need -> !need.core());
	}

	/**
	 * The checkboxes of {@link #learnable()}, ticked where known, as the page prints
	 * them: a long list on every switch page, written here for the reason
	 * {@link ItemGroup#markup} is.
	 */
	public String learnableMarkup() {
		Markup html = new Markup(4096);
		for (Need need : learnable()) {
			Item item = need.item();
			String id = "know-" + item.kind().parameter() + "-" + item.slug();
			html.tag("<li>\n<input type=\"checkbox\"")
				.attribute("name", item.kind().parameter())
				.attribute("value", item.slug())
				.attribute("id", id)
				.tag(known.has(item) ? " checked=\"checked\">\n<label" : ">\n<label")
				.attribute("for", id)
				.tag(">")
				.text(item.name())
				.tag("</label>\n</li>\n");
		}
		return html.toString();
	}

	public long coreToLearnCount() {
		return toLearn.stream().filter(Need::core).count();
	}

	/** What the page says of the items the person ticked. */
	public String knownNote() {
		return "What to learn leaves out " + (known.size() == 1 ? "the item" : "the " + known.size() + " items")
				+ " you said you know.";
	}

	/** How long the move is, in a word, from the share of the target covered. */
	public Distance distance() {
		int percent = fit.percent();
		return percent >= SHORT_MOVE ? Distance.SHORT : percent >= LONG_MOVE ? Distance.MODERATE : Distance.LONG;
	}

	/**
	 * The verdict, in figures the page shows: how much carries over and how many core
	 * items are left.
	 */
	public String verdict() {
		String covered = fit.percent() + "% of the " + to.name() + " toolkit, weighted by importance, "
				+ (known.isEmpty() ? "carries over from " + from.name()
						: "is covered by " + from.name() + " and what you know");
		long core = coreToLearnCount();
		String left = core == 0 ? "no core item is left to learn"
				: core + " of its " + fit.coreTotal() + " core items " + (core == 1 ? "is" : "are") + " left to learn";
		return distance().sentence + " " + capitalised(covered) + "; " + left + ".";
	}

	private static String capitalised(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	/** How far apart two toolkits are for someone moving between them. */
	public enum Distance {

		SHORT("A short move: half of the toolkit or more carries over."),
		MODERATE("A moderate move: between a quarter and a half of the toolkit carries over."),
		LONG("A long move: less than a quarter of the toolkit carries over.");

		private final String sentence;

		Distance(String sentence) {
			this.sentence = sentence;
		}

		public String sentence() {
			return sentence;
		}

	}

}
