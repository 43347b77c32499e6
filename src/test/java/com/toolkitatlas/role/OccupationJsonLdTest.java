package com.toolkitatlas.role;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.toolkitatlas.catalogue.Catalogue;
import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.support.Page;
import com.toolkitatlas.support.Site;
import com.toolkitatlas.support.WebTest;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each profile's schema.org Occupation, parsed from the page and checked against what the
 * page shows: the name, the SOC code, the skills and every percentile of the
 * distribution.
 */
@WebTest
class OccupationJsonLdTest {

	@Autowired
	Site site;

	@Autowired
	Catalogue catalogue;

	@Autowired
	JsonMapper json;

	@Test
	void everyProfilesJsonLdAgreesWithTheVisibleFigures() {
		for (Role role : catalogue.roles()) {
			Page page = site.get("/roles/" + role.slug());
			List<Element> scripts = page.document().select("script[type=application/ld+json]");
			assertThat(scripts).as(role.slug()).hasSize(1);
			JsonNode occupation = json.readTree(scripts.get(0).data());

			assertThat(occupation.get("@context").asString()).isEqualTo("https://schema.org");
			assertThat(occupation.get("@type").asString()).isEqualTo("Occupation");
			assertThat(occupation.get("name").asString()).isEqualTo(page.document().selectFirst("h1").text());
			String code = occupation.get("occupationalCategory").get("codeValue").asString();
			String pay = page.section("pay");
			assertThat(pay).contains(code + " " + occupation.get("occupationalCategory").get("name").asString());
			assertThat(occupation.get("skills").values()).extracting(JsonNode::asString)
				.allMatch(page.section("skills")::contains)
				.hasSize(role.skills().size());

			List<Element> rows = page.document().select("#pay .pay-picture__distribution");
			JsonNode salaries = occupation.get("estimatedSalary");
			assertThat(salaries).hasSize(rows.size());
			Map<String, String> visible = Map.of("percentile10", "10th", "percentile25", "25th", "median", "median",
					"percentile75", "75th", "percentile90", "90th");
			for (int i = 0; i < rows.size(); i++) {
				JsonNode salary = salaries.get(i);
				String row = rows.get(i).text();
				assertThat(salary.get("@type").asString()).isEqualTo("MonetaryAmountDistribution");
				assertThat(salary.get("currency").asString()).isEqualTo("USD");
				assertThat(salary.get("duration").asString()).isEqualTo("P1Y");
				assertThat(salary.get("median")).as("%s has a median", role.slug()).isNotNull();
				visible.forEach((key, label) -> {
					if (salary.has(key)) {
						assertThat(row).contains(label + " $"
								+ NumberFormat.getIntegerInstance(Locale.US).format(salary.get(key).asInt()));
					}
					else {
						assertThat(row).as("%s: %s is named as missing", role.slug(), key).contains(label);
					}
				});
			}
		}
	}

	@Test
	void everyPageCarriesOpenGraphAndTwitterCardMetadata() {
		for (String path : List.of("/", "/roles", "/roles/data-scientist", "/sources", "/compare")) {
			Page page = site.get(path);
			String title = page.document().title();
			String ogTitle = page.document().selectFirst("meta[property=og:title]").attr("content");
			assertThat(title).as(path).isEqualTo(ogTitle + " · Toolkit Atlas");
			assertThat(page.document().selectFirst("meta[property=og:description]").attr("content")).isNotBlank();
			assertThat(page.document().selectFirst("meta[property=og:url]").attr("content")).endsWith(path);
			assertThat(page.document().selectFirst("meta[name=twitter:card]").attr("content")).isEqualTo("summary");
			assertThat(page.document().selectFirst("meta[name=twitter:title]").attr("content")).isEqualTo(ogTitle);
		}
	}

}
