package com.toolkitatlas.filter;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.toolkitatlas.catalogue.Catalogue;
import com.toolkitatlas.catalogue.Language;
import com.toolkitatlas.catalogue.Skill;
import com.toolkitatlas.catalogue.Tool;
import com.toolkitatlas.hire.HiringGuide;
import com.toolkitatlas.hire.ProjectKind;
import com.toolkitatlas.web.UserInput;

import org.springframework.stereotype.Component;

/**
 * Turns the parameters of a request into a {@link RoleFilter}, or into a list of
 * everything that could not be understood, each with a likely correction where one is
 * near: a misspelt slug, a short form, or a slug given as the wrong kind.
 */
@Component
public class RoleFilterParser {

	/** Longer than any sensible search; anything beyond is a mistake or an attack. */
	static final int MAX_QUERY_LENGTH = 200;

	/** More values than any role has in common with any request. */
	static final int MAX_VALUES = 20;

	/** Far above every figure in the catalogue, low enough to catch a stray digit. */
	static final int MAX_SALARY = 1_000_000;

	private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d+");

	private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private final Synonyms synonyms;

	/** The kinds of project, their names folded once: a search's words look in them. */
	private final List<Named<ProjectKind>> projects;

	private final List<Language> allLanguages;

	private final List<Vocabulary<?>> vocabularies;

	private final Vocabulary<Skill> skills;

	private final Vocabulary<Tool> tools;

	private final Vocabulary<Language> languages;

	public RoleFilterParser(Catalogue catalogue, Synonyms synonyms, HiringGuide hiring) {
		this.synonyms = synonyms;
		this.projects = hiring.kinds().stream().map(kind -> new Named<>(kind, FoldedText.of(kind.name()))).toList();
		this.allLanguages = catalogue.languages();
		this.skills = new Vocabulary<>("skill", catalogue.skills(), catalogue::skill, Skill::slug, Skill::name,
				Synonyms.Meaning::skills,
				(filter, skill) -> filter.withSkills(RoleFilter.with(filter.skills(), skill)));
		this.tools = new Vocabulary<>("tool", catalogue.tools(), catalogue::tool, Tool::slug, Tool::name,
				Synonyms.Meaning::tools, (filter, tool) -> filter.withTools(RoleFilter.with(filter.tools(), tool)));
		this.languages = new Vocabulary<>("language", catalogue.languages(), catalogue::language, Language::slug,
				Language::name, Synonyms.Meaning::languages,
				(filter, language) -> filter.withLanguages(RoleFilter.with(filter.languages(), language)));
		this.vocabularies = List.of(skills, tools, languages);
	}

	public RoleFilter parse(FilterRequest request) {
		List<Problem> problems = new ArrayList<>();
		List<Skill> chosenSkills = entries(skills, request.skill(), problems);
		List<Tool> chosenTools = entries(tools, request.tool(), problems);
		List<Language> chosenLanguages = entries(languages, request.language(), problems);
		Integer minSalary = minSalary(request.minSalary(), problems);
		SearchQuery query = query(request.q(), problems);
		RoleOrder order = order(request.sort(), problems);
		RoleFilter understood = new RoleFilter(chosenSkills, chosenTools, chosenLanguages, minSalary, query, order);
		if (problems.isEmpty()) {
			return understood;
		}
		throw new InvalidFilterException(problems.stream().map(problem -> problem.against(understood)).toList(),
				understood, allLanguages);
	}

	private <T> List<T> entries(Vocabulary<T> vocabulary, List<String> raw, List<Problem> problems) {
		List<String> values = raw.stream()
			.filter(Objects::nonNull)
			.flatMap(value -> Arrays.stream(value.split(",")))
			.map(value -> value.strip().toLowerCase(Locale.ROOT))
			.filter(value -> !value.isEmpty())
			.distinct()
			.toList();
		if (values.size() > MAX_VALUES) {
			problems.add(new Problem(vocabulary.parameter(), "At most " + MAX_VALUES + " values of “"
					+ vocabulary.parameter() + "” can be combined; this request has " + values.size() + ".", null));
			return List.of();
		}
		List<T> entries = new ArrayList<>();
		for (String value : values) {
			Optional<T> entry = vocabulary.lookup().apply(value);
			if (entry.isPresent()) {
				entries.add(entry.get());
			}
			else {
				problems.add(unknown(vocabulary, value));
			}
		}
		return entries;
	}

	private <T> Problem unknown(Vocabulary<T> vocabulary, String value) {
		String message = "The catalogue has no " + vocabulary.parameter() + " " + UserInput.quote(value) + ".";
		Optional<T> shortForm = synonyms.lookup(SearchQuery.words(value))
			.flatMap(synonym -> vocabulary.fromSynonym().apply(synonym.meaning()).stream().findFirst());
		if (shortForm.isPresent()) {
			return vocabulary.problem(message, shortForm.get());
		}
		Optional<T> close = vocabulary.closest(value);
		if (close.isPresent()) {
			return vocabulary.problem(message, close.get());
		}
		for (Vocabulary<?> other : vocabularies) {
			Problem elsewhere = other.exact(value, vocabulary.parameter(), message);
			if (elsewhere != null) {
				return elsewhere;
			}
		}
		return new Problem(vocabulary.parameter(), message, null);
	}

	private static Integer minSalary(String raw, List<Problem> problems) {
		String value = raw == null ? "" : raw.strip();
		if (value.isEmpty()) {
			return null;
		}
		String problem = null;
		if (!WHOLE_NUMBER.matcher(value).matches()) {
			problem = "The minimum salary must be a whole number of US dollars a year, such as 150000; "
					+ UserInput.quote(value) + " is not.";
		}
		else if (value.startsWith("-")) {
			problem = "The minimum salary cannot be negative; " + UserInput.quote(value) + " is below zero.";
		}
		else if (value.length() > 9 || Integer.parseInt(value) > MAX_SALARY) {
			problem = "The minimum salary can be at most "
					+ NumberFormat.getIntegerInstance(Locale.US).format(MAX_SALARY)
					+ " US dollars a year, far above every figure in the catalogue; " + UserInput.quote(value)
					+ " is more.";
		}
		if (problem != null) {
			problems.add(new Problem("minSalary", problem, null));
			return null;
		}
		int amount = Integer.parseInt(value);
		return amount == 0 ? null : amount;
	}

	/**
	 * The order a value of {@code sort} names, exactly as written: every other value is a
	 * 400, so no stray spelling becomes a page of its own.
	 */
	private static RoleOrder order(String raw, List<Problem> problems) {
		if (raw == null || raw.isEmpty()) {
			return RoleOrder.SITE;
		}
		Optional<RoleOrder> order = RoleOrder.of(raw);
		if (order.isEmpty()) {
			problems.add(new Problem("sort", "The roles can be sorted by "
					+ RoleOrder.VALUES.stream().map(value -> "“" + value + "”").collect(Collectors.joining(" or "))
					+ ", or left in the site's order without “sort”; " + UserInput.quote(raw) + " is not one of these.",
					null));
			return RoleOrder.SITE;
		}
		return order.get();
	}

	private SearchQuery query(String raw, List<Problem> problems) {
		String text = raw == null ? "" : SPACES.matcher(CONTROL.matcher(raw).replaceAll(" ")).replaceAll(" ").strip();
		if (text.length() > MAX_QUERY_LENGTH) {
			problems.add(new Problem("q",
					"The search can be at most " + MAX_QUERY_LENGTH + " characters long; this one has "
							+ NumberFormat.getIntegerInstance(Locale.US).format(text.length())
							+ ". Search for a few words, such as the name of a tool or a skill.",
					null));
			return SearchQuery.NONE;
		}
		return text.isEmpty() ? SearchQuery.NONE : SearchQuery.parse(text, synonyms, projects);
	}

	/**
	 * A problem and, where there is one, the correction to apply to what was understood.
	 */
	private record Problem(String parameter, String message, Correction correction) {

		FilterProblem against(RoleFilter understood) {
			return correction == null ? new FilterProblem(parameter, message, null, null) : new FilterProblem(parameter,
					message, correction.name(), correction.apply().apply(understood).href());
		}
	}

	private record Correction(String name, Function<RoleFilter, RoleFilter> apply) {
	}

	/** The entries of one kind, how to find them and how to add one to a filter. */
	private record Vocabulary<T>(String parameter, List<T> all, Function<String, Optional<T>> lookup,
			Function<T, String> slug, Function<T, String> name, Function<Synonyms.Meaning, List<T>> fromSynonym,
			BiFunction<RoleFilter, T, RoleFilter> add) {

		Problem problem(String message, T entry) {
			return new Problem(parameter, message + " Did you mean " + name.apply(entry) + "?",
					new Correction(name.apply(entry), filter -> add.apply(filter, entry)));
		}

		/** The entry whose slug or name is within a typo or two of the value. */
		Optional<T> closest(String value) {
			if (value.length() > 60) {
				return Optional.empty();
			}
			int tolerance = Math.max(1, Math.min(3, value.length() / 4));
			String folded = FoldedText.fold(value);
			return all.stream()
				.map(entry -> new Candidate<>(entry,
						Math.min(distance(folded, slug.apply(entry)),
								distance(folded, FoldedText.fold(name.apply(entry))))))
				.filter(candidate -> candidate.distance() <= tolerance)
				.min(Comparator.comparingInt(Candidate::distance))
				.map(Candidate::entry);
		}

		/**
		 * A problem for a value given as another kind that is exactly one of these
		 * entries.
		 */
		Problem exact(String value, String givenAs, String message) {
			return lookup.apply(value)
				.map(entry -> new Problem(givenAs,
						message + " " + name.apply(entry) + " is a " + parameter + ", not a " + givenAs + ".",
						new Correction(name.apply(entry) + " as a " + parameter, filter -> add.apply(filter, entry))))
				.orElse(null);
		}
	}

	private record Candidate<T>(T entry, int distance) {
	}

	/**
	 * Levenshtein distance: the fewest insertions, deletions and substitutions that turn
	 * a into b.
	 */
	static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

}
