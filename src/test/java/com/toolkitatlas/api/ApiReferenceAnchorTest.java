package com.toolkitatlas.api;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The anchors of the API reference, which a link in its table of contents and a link from
 * elsewhere point at: the same as the regular expression they were made by.
 */
class ApiReferenceAnchorTest {

	@Test
	void eachRunOfOtherCharactersIsOneHyphenAsTheExpressionMakesIt() {
		for (String text : List.of("get/api/roles/{slug}/alternatives", "get/api/roles.csv", "roles and filters",
				"--a--b--", "", "x", "é/ü €", "get/api/compare?roles=a,b", "a\uD83D\uDE00b", "12 tools")) {
			assertThat(ApiReference.hyphenated(text)).as(text).isEqualTo(text.replaceAll("[^a-z0-9]+", "-"));
		}
	}

	@Test
	void anEndpointsAnchorDropsATrailingHyphenAndAGroupsStartsWithGroup() {
		ApiReference.Endpoint endpoint = new ApiReference.Endpoint("GET", "/api/roles/{slug}", null, null, List.of(),
				List.of(), null);
		ApiReference.Group group = new ApiReference.Group("Roles and Filters", null, List.of(endpoint));

		assertThat(endpoint.anchor()).isEqualTo("get-api-roles-slug");
		assertThat(group.anchor()).isEqualTo("group-roles-and-filters");
	}

}
