package com.toolkitatlas.fit;

import java.util.Comparator;

import com.toolkitatlas.catalogue.Category;
import com.toolkitatlas.catalogue.Language;
import com.toolkitatlas.catalogue.Links;
import com.toolkitatlas.catalogue.Skill;
import com.toolkitatlas.catalogue.Tool;

/**
 * One thing a person can know: a skill, a tool or a language, with the group a page lists
 * it under (its category; languages form one group of their own).
 *
 * @param group the category, or null for a language
 */
public record Item(Kind kind, String slug, String name, Category group) {

	/**
	 * The order of the fit form: skills, tools, then languages, each kind by category,
	 * items by name. Addresses list items in this order too, so that the form sends a
	 * choice under its one canonical address.
	 */
	public static final Comparator<Item> ORDER = Comparator.comparing(Item::kind)
		.thenComparingInt((Item item) -> item.group() == null ? 0 : item.group().position())
		.thenComparing(Item::name)
		.thenComparing(Item::slug);

	public static Item of(Skill skill) {
		return new Item(Kind.SKILL, skill.slug(), skill.name(), skill.category());
	}

	public static Item of(Tool tool) {
		return new Item(Kind.TOOL, tool.slug(), tool.name(), tool.category());
	}

	public static Item of(Language language) {
		return new Item(Kind.LANGUAGE, language.slug(), language.name(), null);
	}

	/** The item a role's use of a skill, tool or language is about. */
	public static Item of(Links.Use use) {
		if (use instanceof Links.RoleSkill skill) {
			return of(skill.skill());
		}
		if (use instanceof Links.RoleTool tool) {
			return of(tool.tool());
		}
		return of(((Links.RoleLanguage) use).language());
	}

	/**
	 * The same item: the same kind and slug, which name it in the catalogue. Name and
	 * group follow from those, so comparing them too (the category field by field) only
	 * cost time: the switch and fit pages test membership of known items by this hundreds
	 * of times a page.
	 */
	@Override
	public boolean equals(Object other) {
		return other instanceof Item item && kind == item.kind && slug.equals(item.slug);
	}

	@Override
	public int hashCode() {
		return kind.ordinal() * 31 + slug.hashCode();
	}

	/** The label of the group a page lists the item under. */
	public String groupLabel() {
		return group == null ? "Languages" : group.label();
	}

	/**
	 * The item's page; a language has none of its own, so it links to the roles that use
	 * it.
	 */
	public String href() {
		return switch (kind) {
			case SKILL -> "/skills/" + slug;
			case TOOL -> "/tools/" + slug;
			case LANGUAGE -> "/roles?language=" + slug;
		};
	}

	/** The item as one parameter of a fit or switch address: {@code tool=docker}. */
	public String parameter() {
		return kind.parameter() + "=" + slug;
	}

	/** The kinds of item, in the order pages list them. */
	public enum Kind {

		SKILL("skill"), TOOL("tool"), LANGUAGE("language");

		private final String parameter;

		Kind(String parameter) {
			this.parameter = parameter;
		}

		/**
		 * The query parameter that names items of this kind, as {@code /roles} uses it.
		 */
		public String parameter() {
			return parameter;
		}

	}

}
