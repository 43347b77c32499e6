package com.toolkitatlas.filter;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.toolkitatlas.catalogue.Language;
import com.toolkitatlas.web.BadRequestException;
import com.toolkitatlas.web.ErrorHelp;

/**
 * A filter with parts that cannot be understood: unknown slugs, a salary that is not a
 * sensible number, a search too long to be one. Answered with a 400 that lists every
 * problem; its page offers each likely correction, the rest of the filter, and the ways
 * to start again.
 */
public class InvalidFilterException extends BadRequestException {

	private final List<FilterProblem> problems;

	private final RoleFilter remainder;

	private final List<Language> languages;

	/**
	 * @param remainder the filter made of the parts that could be understood
	 * @param languages the languages to offer as a fresh start
	 */
	InvalidFilterException(List<FilterProblem> problems, RoleFilter remainder, List<Language> languages) {
		super(problems.stream().map(FilterProblem::parameter).distinct().collect(Collectors.joining(",")),
				problems.stream().map(FilterProblem::message).collect(Collectors.joining(" ")));
		this.problems = List.copyOf(problems);
		this.remainder = remainder;
		this.languages = List.copyOf(languages);
	}

	public List<FilterProblem> problems() {
		return problems;
	}

	public RoleFilter remainder() {
		return remainder;
	}

	@Override
	public ErrorHelp help() {
		return new ErrorHelp("This filter cannot be applied",
				"Part of the address could not be understood, so no roles are shown for it.", "roles/filter", "invalid",
				Map.of("problems", problems, "remainder", remainder, "languages", languages));
	}

}
