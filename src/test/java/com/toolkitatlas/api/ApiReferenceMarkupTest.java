package com.toolkitatlas.api;

import java.io.InputStream;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API reference as its page prints it and a browser reads it: the table of contents
 * and every group's endpoints, from the site's own OpenAPI description, and text that
 * looks like markup shown as text.
 */
class ApiReferenceMarkupTest {

	private final ApiReference reference = read();

	private final Document groups = Jsoup.parseBodyFragment(reference.groupsMarkup());

	@Test
	void theContentsLinkToEveryEndpointInOrderAndEachLinkFindsItsHeading() {
		Document contents = Jsoup.parseBodyFragment("<ul>" + reference.contentsMarkup() + "</ul>");

		List<ApiReference.Endpoint> endpoints = reference.groups()
			.stream()
			.flatMap(group -> group.endpoints().stream())
			.toList();
		assertThat(contents.select("ul > li > a").eachText())
			.containsExactlyElementsOf(endpoints.stream().map(ApiReference.Endpoint::heading).toList());
		for (Element link : contents.select("ul > li > a")) {
			Element heading = groups.getElementById(link.attr("href").substring(1));
			assertThat(heading.tagName()).isEqualTo("h3");
			assertThat(heading.text()).isEqualTo(link.text());
		}
		assertThat(endpoints).hasSizeGreaterThan(10);
	}

	@Test
	void eachGroupIsASectionNamedByItsHeadingWithItsDescriptionAndItsEndpoints() {
		assertThat(groups.select("body > section > h2").eachText())
			.containsExactlyElementsOf(reference.groups().stream().map(ApiReference.Group::name).toList());
		for (ApiReference.Group group : reference.groups()) {
			Element section = groups.getElementById(group.anchor()).parent();
			assertThat(section.attr("aria-labelledby")).isEqualTo(group.anchor());
			assertThat(section.select("> p").eachText())
				.containsExactlyElementsOf(group.description() == null ? List.of() : List.of(group.description()));
			assertThat(section.select("> article.endpoint > h3").eachText())
				.containsExactlyElementsOf(group.endpoints().stream().map(ApiReference.Endpoint::heading).toList());
		}
	}

	@Test
	void eachEndpointSaysWhatItDoesWhereToTryItItsParametersAndItsResponses() {
		for (ApiReference.Group group : reference.groups()) {
			for (ApiReference.Endpoint endpoint : group.endpoints()) {
				Element article = groups.getElementById(endpoint.anchor()).parent();
				assertThat(article.attr("aria-labelledby")).isEqualTo(endpoint.anchor());
				assertThat(article.select("> p > strong").eachText())
					.containsExactlyElementsOf(endpoint.summary() == null ? List.of() : List.of(endpoint.summary()));
				assertThat(article.select("> p:not(:has(strong)):not(:has(a))").eachText()).containsExactlyElementsOf(
						endpoint.description() == null ? List.of() : List.of(endpoint.description()));
				assertThat(article.select("> p > a").eachAttr("href"))
					.containsExactlyElementsOf(endpoint.example() == null ? List.of() : List.of(endpoint.example()));
				Element parameters = article.selectFirst("div[aria-label=Parameters of " + endpoint.heading() + "]");
				if (endpoint.parameters().isEmpty()) {
					assertThat(parameters).isNull();
				}
				else {
					assertThat(parameters.selectFirst("caption").text())
						.isEqualTo("Parameters of " + endpoint.heading());
					assertThat(parameters.select("tbody > tr")).extracting(Element::text)
						.containsExactlyElementsOf(endpoint.parameters()
							.stream()
							.map(p -> String
								.join(" ", p.name(), p.in(), p.type(), p.required() ? "yes" : "no",
										p.description() == null ? "" : p.description())
								.trim())
							.toList());
				}
				Element responses = article.selectFirst("div[aria-label=Responses of " + endpoint.heading() + "]");
				assertThat(responses.select("tbody > tr > th[scope=row]").eachText()).containsExactlyElementsOf(
						endpoint.responses().stream().map(ApiReference.Response::status).toList());
				assertThat(responses.select("tbody > tr")).extracting(Element::text)
					.containsExactlyElementsOf(endpoint.responses()
						.stream()
						.map(r -> String.join(" ", r.status(), r.description(), r.mediaTypes()).trim())
						.toList());
			}
		}
	}

	@Test
	void textThatLooksLikeMarkupIsShownAsTextAndStaysInsideItsAttributes() {
		ApiReference.Endpoint endpoint = new ApiReference.Endpoint("GET", "/api/x?a=1&b=<2>", "Sum <b>mary</b>",
				"Uses \"quotes\" & 'apostrophes'",
				List.of(new ApiReference.Parameter("q<", "query", true, "string", null)),
				List.of(new ApiReference.Response("200", "<ok>", "application/json")), "/api/x?a=1&b=2");
		ApiReference odd = new ApiReference("t", "1", "d",
				List.of(new ApiReference.Group("Odd & <group>", "About <this>", List.of(endpoint))));

		Document page = Jsoup.parseBodyFragment(odd.groupsMarkup());

		assertThat(page.select("b, ok, group, this")).isEmpty();
		assertThat(page.selectFirst("h2").text()).isEqualTo("Odd & <group>");
		assertThat(page.selectFirst("h3").text()).isEqualTo("GET /api/x?a=1&b=<2>");
		assertThat(page.selectFirst("strong").text()).isEqualTo("Sum <b>mary</b>");
		assertThat(page.selectFirst("article > p > a").attr("href")).isEqualTo("/api/x?a=1&b=2");
		assertThat(page.selectFirst("div.table-scroll").attr("aria-label"))
			.isEqualTo("Parameters of GET /api/x?a=1&b=<2>");
		assertThat(page.selectFirst("tbody > tr").text()).isEqualTo("q< query string yes");
	}

	private static ApiReference read() {
		try (InputStream in = new ClassPathResource(ApiDescription.RESOURCE).getInputStream()) {
			return ApiReferenceService.build(JsonMapper.builder().build().readTree(in));
		}
		catch (java.io.IOException e) {
			throw new IllegalStateException(e);
		}
	}

}
