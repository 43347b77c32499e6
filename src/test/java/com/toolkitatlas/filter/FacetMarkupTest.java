package com.toolkitatlas.filter;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A facet's options as the filter prints them and a browser reads them. */
class FacetMarkupTest {

	@Test
	void eachOptionIsACheckboxWithItsLabelAndCountTickedOrDisabledAsItStands() {
		Facet.Group group = new Facet.Group(null,
				List.of(new Facet.Option("kubernetes", "Kubernetes", 4, true),
						new Facet.Option("neo4j", "Neo4j <graph> & co", 0, false),
						new Facet.Option("docker", "Docker", 1, false)));
		Facet facet = new Facet("tool", "Tools", List.of(group));

		Document page = Jsoup.parseBodyFragment("<ul>" + facet.markup(group) + "</ul>");

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
	}

}
