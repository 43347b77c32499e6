package com.toolkitatlas.fit;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.toolkitatlas.web.QueryRecord;

import io.swagger.v3.oas.annotations.Parameter;

/**
 * What a person knows, bound from the query string exactly as it came, the same for
 * {@code /fit}, {@code /switch/…} and their JSON twins, with the parameters and slugs
 * {@code /roles} uses. A value may be repeated or hold several slugs separated by commas;
 * {@link KnownItemsParser} makes sense of them.
 */
@QueryRecord
public record KnownRequest(
		@Parameter(
				description = "Skill slugs you know, such as mlops; repeat or separate with commas") List<String> skill,
		@Parameter(description = "Tool slugs you know, such as docker") List<String> tool,
		@Parameter(description = "Language slugs you know, such as python") List<String> language) {

	public KnownRequest {
		skill = skill == null ? List.of() : skill;
		tool = tool == null ? List.of() : tool;
		language = language == null ? List.of() : language;
	}

	public static KnownRequest none() {
		return new KnownRequest(null, null, null);
	}

	/**
	 * The parameters exactly as sent, empty values included (binding drops an empty
	 * {@code language=}), to tell whether an address is spelled canonically.
	 * @param parameters the request's parameters, as the servlet API gives them
	 */
	public static KnownRequest asSent(Map<String, String[]> parameters) {
		return new KnownRequest(values(parameters, "skill"), values(parameters, "tool"),
				values(parameters, "language"));
	}

	private static List<String> values(Map<String, String[]> parameters, String name) {
		String[] values = parameters.get(name);
		return values == null ? List.of() : Arrays.asList(values);
	}

}
