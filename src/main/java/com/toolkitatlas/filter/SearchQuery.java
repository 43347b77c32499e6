package com.toolkitatlas.filter;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.hire.ProjectKind;
import com.toolkitatlas.hire.ProjectLink;

/**
 * A free-text search cut into terms. A term is a known short form or name (several words
 * if the synonyms have such a phrase) or a single word; a role matches when every term
 * finds something in it: its name, one of its skills, tools, languages or use cases, its
 * advice on when to hire one, or a kind of project that needs it. Linking words ("and",
 * "with") are ignored.
 *
 * @param text what was typed, without control characters
 * @param terms the terms, in the order typed
 */
public record SearchQuery(String text, List<SearchTerm> terms) {

	public static final SearchQuery NONE = new SearchQuery("", List.of());

	/**
	 * Anything other than letters, digits and the few signs catalogue names use (C#, C++,
	 * CI/CD, Node.js, scikit-learn).
	 */
	private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}#+./_-]+");

	private static final Pattern EDGES = Pattern.compile("^[/_-]+|[./_-]+$");

	private static final Set<String> LINKING_WORDS = Set.of("a", "an", "and", "or", "the", "with", "of", "for", "in",
			"to", "using", "uses", "use");

	public SearchQuery {
		terms = List.copyOf(terms);
	}

	static SearchQuery parse(String text, Synonyms synonyms) {
		return parse(text, synonyms, List.of());
	}

	/**
	 * @param projects the kinds of project, each with its name folded once, whose names
	 * the terms also search, to find the roles each needs
	 */
	static SearchQuery parse(String text, Synonyms synonyms, List<Named<ProjectKind>> projects) {
		List<String> words = words(text);
		List<SearchTerm> terms = new ArrayList<>();
		int position = 0;
		while (position < words.size()) {
			// The longest known phrase starting here wins: "google cloud platform" before
			// "google".
			Synonyms.Synonym synonym = null;
			int used = 1;
			for (int length = Math.min(synonyms.longestPhrase(), words.size() - position); length >= 1; length--) {
				synonym = synonyms.lookup(words.subList(position, position + length)).orElse(null);
				if (synonym != null) {
					used = length;
					break;
				}
			}
			String term = String.join(" ", words.subList(position, position + used));
			List<ProjectKind> named = projects.stream()
				.filter(kind -> kind.name().matches(term))
				.map(Named::entry)
				.toList();
			if (synonym != null) {
				terms.add(new SearchTerm(term, synonym.meaning(), named));
			}
			else if (!LINKING_WORDS.contains(term)) {
				terms.add(new SearchTerm(term, null, named));
			}
			position += used;
		}
		return new SearchQuery(text, terms.stream().distinct().toList());
	}

	/** The folded words of a text, as the search compares them. */
	static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		for (String word : SEPARATORS.split(FoldedText.fold(text))) {
			String trimmed = EDGES.matcher(word).replaceAll("");
			if (!trimmed.isEmpty()) {
				words.add(trimmed);
			}
		}
		return words;
	}

	public boolean isEmpty() {
		return text.isEmpty();
	}

	/** Markup is never interpreted: its angle brackets only separate words. */
	public boolean hasMarkup() {
		return text.indexOf('<') >= 0 || text.indexOf('>') >= 0;
	}

	/** Whether every term finds something in the role; true for an empty search. */
	boolean admits(SearchableRole role) {
		return terms.stream().allMatch(term -> term.findsIn(role));
	}

	/**
	 * What the terms find in one entry of a role: the words seen in its names (folded
	 * once, see {@link SearchableRole}), and the short forms that stand for it. Nothing
	 * is gathered until something is found: most entries of a role are looked at to find
	 * nothing.
	 */
	Found find(List<FoldedText> names, Predicate<Synonyms.Meaning> standsFor) {
		List<String> words = null;
		List<String> shortForms = null;
		for (SearchTerm term : terms) {
			if (findsInAny(term, names)) {
				words = added(words, term.words());
			}
			if (term.synonym() != null && standsFor.test(term.synonym())) {
				shortForms = added(shortForms, term.words());
			}
		}
		return words == null && shortForms == null ? Found.NOTHING
				: new Found(words == null ? List.of() : List.copyOf(words),
						shortForms == null ? List.of() : List.copyOf(shortForms));
	}

	/** What the terms find in one name. */
	Found find(FoldedText name, Predicate<Synonyms.Meaning> standsFor) {
		return find(List.of(name), standsFor);
	}

	private static boolean findsInAny(SearchTerm term, List<FoldedText> names) {
		for (FoldedText name : names) {
			if (term.findsIn(name)) {
				return true;
			}
		}
		return false;
	}

	/** The words added to the list, once, the list made when it is first needed. */
	private static List<String> added(List<String> list, String words) {
		List<String> added = list == null ? new ArrayList<>(2) : list;
		if (!added.contains(words)) {
			added.add(words);
		}
		return added;
	}

	/**
	 * The links of kinds of project to this role that the terms found by the project's
	 * name, each with the words that found it.
	 */
	List<ProjectMatch> projectLinks(Role role) {
		List<ProjectMatch> matches = new ArrayList<>();
		for (SearchTerm term : terms) {
			for (ProjectKind kind : term.projects()) {
				kind.link(role).ifPresent(link -> matches.add(new ProjectMatch(term.words(), kind, link)));
			}
		}
		return matches;
	}

	/** A kind of project found by the words of a term, and its link to a role. */
	record ProjectMatch(String words, ProjectKind project, ProjectLink link) {
	}

	record Found(List<String> words, List<String> shortForms) {

		static final Found NOTHING = new Found(List.of(), List.of());

		boolean any() {
			return !words.isEmpty() || !shortForms.isEmpty();
		}

		/** The name with the words marked; all of it where only a short form found it. */
		Highlighted highlight(FoldedText name) {
			if (words.isEmpty()) {
				return any() ? Highlighted.whole(name.original()) : Highlighted.plain(name.original());
			}
			Highlighted highlighted = name.highlight(words);
			return highlighted.marked() || !any() ? highlighted : Highlighted.whole(name.original());
		}
	}
}
