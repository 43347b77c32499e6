package com.toolkitatlas.filter;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.toolkitatlas.catalogue.Catalogue;
import com.toolkitatlas.catalogue.CatalogueFixture;
import com.toolkitatlas.catalogue.Language;
import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.catalogue.Skill;
import com.toolkitatlas.catalogue.Tool;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A facet's box of options as the filter prints it and a browser reads it. */
class FacetMarkupTest {

	@Test
	void eachOptionIsACheckboxWithItsLabelAndCountTickedOrDisabledAsItStands() {
		Facet.Group group = new Facet.Group(null,
				List.of(new Facet.Option("kubernetes", "Kubernetes", 4, true),
						new Facet.Option("neo4j", "Neo4j <graph> & co", 0, false),
						new Facet.Option("docker", "Docker", 1, false)));
		Facet facet = new Facet("tool", "Tools", List.of(group));

		Document page = Jsoup.parseBodyFragment(facet.boxMarkup(false));

		Element kubernetes = page.getElementById("tool-kubernetes");
		assertThat(kubernetes.attr("name")).isEqualTo("tool");
		assertThat(kubernetes.attr("value")).isEqualTo("kubernetes");
		assertThat(kubernetes.hasAttr("checked")).isTrue();
		assertThat(kubernetes.hasAttr("disabled")).isFalse();
		assertThat(page.select("label[for=tool-kubernetes]").text()).isEqualTo("Kubernetes 4 roles");
		Element neo4j = page.getElementById("tool-neo4j");
		assertThat(neo4j.hasAttr("disabled")).isTrue();
		assertThat(neo4j.hasAttr("checked")).isFalse();
		assertThat(neo4j.parent().hasClass("facet__option--empty")).isTrue();
		assertThat(page.select("label[for=tool-neo4j]").text()).isEqualTo("Neo4j <graph> & co 0 roles");
		assertThat(page.select("label[for=tool-docker]").text()).isEqualTo("Docker 1 role");
		assertThat(page.select("label[for=tool-docker] .facet__count").text()).isEqualTo("1");
		assertThat(page.select("ul > li")).hasSize(3);
		assertThat(page.select("body > #facet-tool-options > ul.facet__options")).hasSize(1);
		assertThat(page.select("fieldset, legend")).isEmpty();
	}

	@Test
	void aSlugWithQuotesOrAmpersandsStaysInsideItsAttributesAndItsLabelStillPointsAtIt() {
		Facet facet = new Facet("tool", "Tools",
				List.of(new Facet.Group(null, List.of(new Facet.Option("q\"a&'b<c>", "Q&A \"tool\"", 2, true)))));

		Document page = Jsoup.parseBodyFragment(facet.boxMarkup(false));

		Element input = page.selectFirst("input");
		assertThat(input.attributes().asList()).extracting(attribute -> attribute.getKey())
			.containsExactly("type", "name", "value", "id", "checked");
		assertThat(input.attr("value")).isEqualTo("q\"a&'b<c>");
		assertThat(input.attr("id")).isEqualTo("tool-q\"a&'b<c>");
		assertThat(page.selectFirst("label").attr("for")).isEqualTo(input.attr("id"));
		assertThat(page.selectFirst("label").text()).isEqualTo("Q&A \"tool\" 2 roles");
	}

	@Test
	void eachLabelledGroupIsAFieldsetNamedByItsLegendHoldingItsOwnOptionsInOrder() {
		Facet facet = new Facet("skill", "Skills", List.of(
				new Facet.Group("Data & <analysis>",
						List.of(new Facet.Option("sql-tuning", "SQL tuning", 2, false),
								new Facet.Option("etl", "ETL", 1, true))),
				new Facet.Group("Operations", List.of(new Facet.Option("mlops", "MLOps", 3, false)))));

		Document page = Jsoup.parseBodyFragment(facet.boxMarkup(false));

		assertThat(page.select("body > #facet-skill-options > fieldset.facet__group > legend").eachText())
			.containsExactly("Data & <analysis>", "Operations");
		assertThat(page.select("analysis")).isEmpty();
		List<Element> groups = page.select("body > #facet-skill-options > fieldset.facet__group");
		assertThat(groups.get(0).select("ul.facet__options > li > input").eachAttr("value"))
			.containsExactly("sql-tuning", "etl");
		assertThat(groups.get(1).select("ul.facet__options > li > input").eachAttr("value")).containsExactly("mlops");
		assertThat(page.getElementById("skill-etl").hasAttr("checked")).isTrue();
		assertThat(page.select("label[for=skill-mlops]").text()).isEqualTo("MLOps 3 roles");
	}

	@Test
	void everyEntryOfTheCatalogueIsAnOptionOfItsFacetWithItsSlugItsNameAndTheRolesThatUseIt() {
		Catalogue catalogue = CatalogueFixture.catalogue();
		RoleSearch search = RoleFilterServiceTest.filters(catalogue, SynonymsFixture.synonyms())
			.search(RoleFilterServiceTest.request("tool=docker"));
		Map<String, Map<String, String>> names = Map.of("skill", entries(catalogue.skills(), Skill::slug, Skill::name),
				"tool", entries(catalogue.tools(), Tool::slug, Tool::name), "language",
				entries(catalogue.languages(), Language::slug, Language::name));
		List<Role> kept = search.results().stream().map(RoleResult::role).toList();

		for (Facet facet : search.facets()) {
			Document page = Jsoup.parseBodyFragment(facet.boxMarkup(false));
			List<Element> inputs = page.select("input[type=checkbox]");

			assertThat(inputs).extracting(input -> input.attr("value"))
				.containsExactlyInAnyOrderElementsOf(names.get(facet.parameter()).keySet());
			for (Element input : inputs) {
				String slug = input.attr("value");
				long uses = kept.stream().filter(role -> uses(role, facet.parameter(), slug)).count();
				assertThat(input.attr("name")).isEqualTo(facet.parameter());
				assertThat(input.id()).isEqualTo(facet.parameter() + "-" + slug);
				assertThat(input.hasAttr("checked")).isEqualTo(slug.equals("docker"));
				assertThat(input.hasAttr("disabled")).isEqualTo(uses == 0 && !input.hasAttr("checked"));
				assertThat(page.select("label[for=" + input.id() + "]").text())
					.isEqualTo(names.get(facet.parameter()).get(slug) + " " + uses + (uses == 1 ? " role" : " roles"));
			}
		}
	}

	private static <T> Map<String, String> entries(List<T> entries, Function<T, String> slug,
			Function<T, String> name) {
		return entries.stream().collect(Collectors.toMap(slug, name));
	}

	private static boolean uses(Role role, String parameter, String slug) {
		return switch (parameter) {
			case "skill" -> role.skills().stream().anyMatch(link -> link.skill().slug().equals(slug));
			case "tool" -> role.tools().stream().anyMatch(link -> link.tool().slug().equals(slug));
			default -> role.languages().stream().anyMatch(link -> link.language().slug().equals(slug));
		};
	}

	@Test
	void theBoxIsNamedByItsFacetAndOnlyAnUpdateAsksHtmxToSwapItsOptionsIntoThePagesBox() {
		Facet facet = new Facet("language", "Languages",
				List.of(new Facet.Group(null, List.of(new Facet.Option("python", "Python", 5, false)))));

		Element own = Jsoup.parseBodyFragment(facet.boxMarkup(false)).selectFirst("body > div");
		Element update = Jsoup.parseBodyFragment(facet.boxMarkup(true)).selectFirst("body > div");

		assertThat(own.id()).isEqualTo("facet-language-options");
		assertThat(own.hasAttr("data-hx-swap-oob")).isFalse();
		assertThat(own.select("input").eachAttr("value")).containsExactly("python");
		assertThat(update.id()).isEqualTo(own.id());
		assertThat(update.attr("data-hx-swap-oob")).isEqualTo("innerHTML");
		assertThat(update.html()).isEqualTo(own.html());
	}

}
