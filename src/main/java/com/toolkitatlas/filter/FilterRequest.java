package com.toolkitatlas.filter;

import java.util.List;

/**
 * The filter parameters of a request, exactly as they came; {@link RoleFilterParser}
 * makes sense of them.
 */
public record FilterRequest(List<String> skill, List<String> tool, List<String> language, String minSalary, String q) {

	public FilterRequest {
		skill = skill == null ? List.of() : skill;
		tool = tool == null ? List.of() : tool;
		language = language == null ? List.of() : language;
	}
}
