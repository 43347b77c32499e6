package com.toolkitatlas.filter;

import java.util.List;

import com.toolkitatlas.web.QueryRecord;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The filter parameters of a request, bound from the query string exactly as they came,
 * the same for {@code /roles}, {@code /api/roles} and {@code /api/roles.csv};
 * {@link RoleFilterParser} makes sense of them. A value may be repeated or hold several
 * slugs separated by commas. {@code sort} only orders what the others keep.
 */
@QueryRecord
public record FilterRequest(
		@Parameter(description = "Skill slugs, such as mlops: a role must have every one") List<String> skill,
		@Parameter(description = "Tool slugs, such as kubernetes: a role must use every one") List<String> tool,
		@Parameter(description = "Language slugs, such as python: a role must use every one") List<String> language,
		@Parameter(description = "Minimum pay in US dollars a year, a whole number from 0 to 1,000,000, "
				+ "reached by the top of a role's headline figure") String minSalary,
		@Parameter(description = "Search words; every word must find something in a role (its name, "
				+ "skills, tools, languages, use cases, hiring advice, or a kind of project that needs it), and "
				+ "synonyms such as k8s or postgres count") String q,
		@Parameter(description = "The order of the roles: pay sorts by the official median annual wage of each "
				+ "role's occupation (BLS, May 2024), highest first; growth by that occupation's projected growth in "
				+ "jobs (2024–34), fastest first. Roles that share an occupation tie and keep the site's order; a "
				+ "role without the figure comes last. Without it, roles come in the site's order, best match first "
				+ "when there is a filter.",
				schema = @Schema(allowableValues = {
						"pay", "growth" })) String sort){

	public FilterRequest {
		skill = skill == null ? List.of() : skill;
		tool = tool == null ? List.of() : tool;
		language = language == null ? List.of() : language;
	}

}
