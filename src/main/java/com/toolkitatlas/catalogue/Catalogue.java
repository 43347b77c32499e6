package com.toolkitatlas.catalogue;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The whole catalogue in memory, immutable. Every page and API response is computed from
 * it, so serving a request runs no SQL.
 */
public final class Catalogue {

	private final Entries<Role> roles;

	private final Entries<Skill> skills;

	private final Entries<Tool> tools;

	private final Entries<Language> languages;

	private final Entries<Source> sources;

	private final List<Category> skillCategories;

	private final List<Category> toolCategories;

	private final List<CostModel> costModels;

	private final List<RolePair> pairs;

	public Catalogue(List<Role> roles, List<Skill> skills, List<Tool> tools, List<Language> languages,
			List<Source> sources, List<Category> skillCategories, List<Category> toolCategories,
			List<CostModel> costModels, List<RolePair> pairs) {
		this.roles = new Entries<>(roles.stream().sorted(Comparator.comparingInt(Role::displayOrder)).toList(),
				Role::slug);
		this.skills = new Entries<>(skills, Skill::slug);
		this.tools = new Entries<>(tools, Tool::slug);
		this.languages = new Entries<>(languages, Language::slug);
		this.sources = new Entries<>(sources, Source::code);
		this.skillCategories = List.copyOf(skillCategories);
		this.toolCategories = List.copyOf(toolCategories);
		this.costModels = List.copyOf(costModels);
		this.pairs = List.copyOf(pairs);
	}

	/** Every role, in display order. */
	public List<Role> roles() {
		return roles.all();
	}

	public Optional<Role> role(String slug) {
		return roles.get(slug);
	}

	public List<Skill> skills() {
		return skills.all();
	}

	public Optional<Skill> skill(String slug) {
		return skills.get(slug);
	}

	public List<Tool> tools() {
		return tools.all();
	}

	public Optional<Tool> tool(String slug) {
		return tools.get(slug);
	}

	public List<Language> languages() {
		return languages.all();
	}

	public Optional<Language> language(String slug) {
		return languages.get(slug);
	}

	public List<Source> sources() {
		return sources.all();
	}

	public Optional<Source> source(String code) {
		return sources.get(code);
	}

	public List<Category> skillCategories() {
		return skillCategories;
	}

	public List<Category> toolCategories() {
		return toolCategories;
	}

	public List<CostModel> costModels() {
		return costModels;
	}

	/** Every pair of two roles, each once, in display order. */
	public List<RolePair> pairs() {
		return pairs;
	}

	/** The pair of two different roles, whichever order they are given in. */
	public Optional<RolePair> pair(Role a, Role b) {
		return pairs.stream().filter(pair -> !a.equals(b) && pair.contains(a) && pair.contains(b)).findFirst();
	}

	/** The pairs one role belongs to, in display order of the other role. */
	public List<RolePair> pairsOf(Role role) {
		return pairs.stream()
			.filter(pair -> pair.contains(role))
			.sorted(Comparator.comparingInt(pair -> pair.other(role).displayOrder()))
			.toList();
	}

	/** The roles that need a skill, with how central it is to each, in display order. */
	public List<Usage> usesOf(Skill skill) {
		return usesOf(role -> role.skill(skill.slug()));
	}

	public List<Usage> usesOf(Tool tool) {
		return usesOf(role -> role.tool(tool.slug()));
	}

	public List<Usage> usesOf(Language language) {
		return usesOf(role -> role.language(language.slug()));
	}

	private List<Usage> usesOf(Function<Role, Optional<? extends Links.Use>> use) {
		return roles().stream()
			.flatMap(role -> use.apply(role).map(link -> new Usage(role, link.importance(), link.source())).stream())
			.toList();
	}

	/** A role that uses a skill, tool or language, and how central it is there. */
	public record Usage(Role role, Importance importance, Source source) {

		/** Whether the role cannot do without it. */
		public boolean core() {
			return importance == Importance.CORE;
		}

	}

	/** Entries in their catalogue order, with a look-up by key. */
	private record Entries<T>(List<T> all, Map<String, T> byKey) {

		Entries(List<T> all, Function<T, String> key) {
			this(List.copyOf(all), index(all, key));
		}

		Optional<T> get(String key) {
			return Optional.ofNullable(byKey.get(key));
		}

		private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
			Map<String, T> map = new LinkedHashMap<>();
			for (T item : items) {
				if (map.putIfAbsent(key.apply(item), item) != null) {
					throw new IllegalStateException("Duplicate key in catalogue: " + key.apply(item));
				}
			}
			return Collections.unmodifiableMap(map);
		}
	}

}
