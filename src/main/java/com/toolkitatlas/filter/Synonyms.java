package com.toolkitatlas.filter;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import com.toolkitatlas.catalogue.Language;
import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.catalogue.Skill;
import com.toolkitatlas.catalogue.Tool;
import com.toolkitatlas.html.Markup;

/**
 * The short forms and other names the search understands ("k8s" for Kubernetes, "js" for
 * JavaScript), each with the catalogue entries it stands for. Read from the database once
 * at start-up; immutable afterwards.
 */
public final class Synonyms {

	private final Map<List<String>, Synonym> byWords;

	private final int longestPhrase;

	private final List<Synonym> all;

	private final String listMarkup;

	public Synonyms(Collection<Synonym> synonyms) {
		Map<List<String>, Synonym> map = new LinkedHashMap<>();
		synonyms.stream()
			.sorted(Comparator.comparing(Synonym::term))
			.forEach(synonym -> map.merge(SearchQuery.words(synonym.term()), synonym, Synonym::merge));
		this.byWords = Map.copyOf(map);
		this.longestPhrase = map.keySet().stream().mapToInt(List::size).max().orElse(0);
		this.all = byWords.values().stream().sorted(Comparator.comparing(Synonym::term)).toList();
		this.listMarkup = listMarkup(all);
	}

	/** What these folded words stand for, if they are a known term. */
	Optional<Synonym> lookup(List<String> words) {
		return Optional.ofNullable(byWords.get(words));
	}

	/** The number of words of the longest term. */
	int longestPhrase() {
		return longestPhrase;
	}

	/**
	 * Every term, alphabetically, for the list of short forms shown next to the search.
	 */
	public List<Synonym> all() {
		return all;
	}

	/**
	 * Every term and the names it stands for, as the roles page lists them next to the
	 * search: the entries of a description list, a term and its names each. Written once,
	 * since the terms only change with a restart: the roles page wrote its hundred-odd
	 * elements from the template on every request (bench/RESULTS.md, "Rendering, fifth
	 * round").
	 */
	public String listMarkup() {
		return listMarkup;
	}

	private static String listMarkup(List<Synonym> synonyms) {
		Markup html = new Markup(synonyms.size() * 80);
		for (Synonym synonym : synonyms) {
			html.tag("\n<div>\n<dt>")
				.text(synonym.term())
				.tag("</dt>\n<dd>")
				.text(String.join(", ", synonym.meaning().names()))
				.tag("</dd>\n</div>");
		}
		return html.tag("\n").toString();
	}

	/** A term and what it stands for. */
	public record Synonym(String term, Meaning meaning) {

		Synonym merge(Synonym other) {
			return new Synonym(term, meaning.plus(other.meaning));
		}
	}

	/** The entries a term stands for. */
	public record Meaning(List<Role> roles, List<Skill> skills, List<Tool> tools, List<Language> languages) {

		public Meaning {
			roles = List.copyOf(roles);
			skills = List.copyOf(skills);
			tools = List.copyOf(tools);
			languages = List.copyOf(languages);
		}

		public static Meaning of(Role role, Skill skill, Tool tool, Language language) {
			return new Meaning(listOf(role), listOf(skill), listOf(tool), listOf(language));
		}

		/** The names of the entries, as the list of short forms shows them. */
		public List<String> names() {
			return Stream
				.of(roles.stream().map(Role::name), skills.stream().map(Skill::name), tools.stream().map(Tool::name),
						languages.stream().map(Language::name))
				.flatMap(names -> names)
				.toList();
		}

		Meaning plus(Meaning other) {
			return new Meaning(concat(roles, other.roles), concat(skills, other.skills), concat(tools, other.tools),
					concat(languages, other.languages));
		}

		private static <T> List<T> listOf(T entry) {
			return entry == null ? List.of() : List.of(entry);
		}

		private static <T> List<T> concat(List<T> a, List<T> b) {
			return Stream.concat(a.stream(), b.stream()).distinct().toList();
		}
	}

}
