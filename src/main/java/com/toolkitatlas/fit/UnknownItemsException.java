package com.toolkitatlas.fit;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.toolkitatlas.web.BadRequestException;
import com.toolkitatlas.web.ErrorHelp;

/**
 * A fit or switch address with values the catalogue does not know. Answered with a 400
 * that names each one; the page offers each likely correction and the page without the
 * values it could not read.
 */
public class UnknownItemsException extends BadRequestException {

	private final List<UnknownItem> problems;

	/**
	 * @param remainderHref the page with only the values that could be read
	 */
	UnknownItemsException(List<UnknownItem> problems, String remainderHref) {
		super(problems.stream().map(UnknownItem::parameter).distinct().collect(Collectors.joining(",")),
				problems.stream().map(UnknownItem::message).collect(Collectors.joining(" ")),
				new ErrorHelp("Some of what you know could not be read",
						"Part of the address names no skill, tool or language in the catalogue.", "fit/fragments",
						"invalid", Map.of("problems", problems, "remainderHref", remainderHref)));
		this.problems = List.copyOf(problems);
	}

	public List<UnknownItem> problems() {
		return problems;
	}

}
