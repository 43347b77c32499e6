package com.toolkitatlas.hire;

import java.util.List;

import com.toolkitatlas.web.QueryRecord;

import io.swagger.v3.oas.annotations.Parameter;

/**
 * The parameters of {@code /hire} and {@code /api/hire}, bound from the query string
 * exactly as they came; {@link HireQuery#read} makes sense of them.
 */
@QueryRecord
public record HireRequest(
		@Parameter(description = "Slugs of the kinds of project you are building, such as fraud-detection; "
				+ "repeat the parameter for several") List<String> project,
		@Parameter(description = "How far along the work is: prototype or production") String stage) {

	public HireRequest {
		project = project == null ? List.of() : project;
	}

}
