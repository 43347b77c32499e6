package com.toolkitatlas.filter;

import java.util.List;
import java.util.stream.Collectors;

import com.toolkitatlas.web.BadRequestException;

/**
 * A filter with parts that cannot be understood: unknown slugs, a salary that is not a
 * sensible number, a search too long to be one. Answered with a 400 that lists every
 * problem.
 *
 * @param remainder the filter made of the parts that could be understood
 */
public class InvalidFilterException extends BadRequestException {

	private final List<FilterProblem> problems;

	private final RoleFilter remainder;

	InvalidFilterException(List<FilterProblem> problems, RoleFilter remainder) {
		super(problems.stream().map(FilterProblem::parameter).distinct().collect(Collectors.joining(",")),
				problems.stream().map(FilterProblem::message).collect(Collectors.joining(" ")));
		this.problems = List.copyOf(problems);
		this.remainder = remainder;
	}

	public List<FilterProblem> problems() {
		return problems;
	}

	public RoleFilter remainder() {
		return remainder;
	}

}
