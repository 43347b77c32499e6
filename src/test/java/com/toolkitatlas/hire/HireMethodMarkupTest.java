package com.toolkitatlas.hire;

import java.util.List;

import com.toolkitatlas.catalogue.Importance;
import com.toolkitatlas.catalogue.Items.UseCase;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static com.toolkitatlas.catalogue.CatalogueFixture.BACKEND;
import static com.toolkitatlas.catalogue.CatalogueFixture.ML;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The table of project links on the sources page, as a browser reads it: a row per kind
 * of project and role, the role linked, core or helping, and what the link cites.
 */
class HireMethodMarkupTest {

	@Test
	void eachLinkIsARowNamingTheProjectTheRoleAndWhatItCites() {
		ProjectKind fraud = new ProjectKind("fraud", "Fraud <detection>",
				List.of(new ProjectLink(ML, Importance.CORE, new UseCase("Fraud & risk", "example"), null),
						new ProjectLink(BACKEND, Importance.SECONDARY, null, "when the team's APIs grow")));
		ProjectKind search = new ProjectKind("search", "Search",
				List.of(new ProjectLink(BACKEND, Importance.CORE, new UseCase("Search", "example"), null)));

		String markup = new HireMethod(List.of(fraud, search), List.of()).linkRowsMarkup();
		Element body = Jsoup.parseBodyFragment("<table><tbody>" + markup + "</tbody></table>").selectFirst("tbody");

		assertThat(body.select("tr"))
			.extracting(row -> row.selectFirst("th[scope=row]").text(), row -> row.selectFirst("td a").attr("href"),
					row -> row.selectFirst("td a").text(), row -> row.child(2).text(), row -> row.child(3).text())
			.containsExactly(
					tuple("Fraud <detection>", "/roles/" + ML.slug(), ML.name(), "Core", "Use case: Fraud & risk"),
					tuple("Fraud <detection>", "/roles/" + BACKEND.slug(), BACKEND.name(), "Helps",
							"When to hire: “when the team's APIs grow”"),
					tuple("Search", "/roles/" + BACKEND.slug(), BACKEND.name(), "Core", "Use case: Search"));
		assertThat(markup.chars()).as("one byte a character: references, not characters beyond Latin-1")
			.allMatch(c -> c < 0x100);
	}

	@Test
	void eachStageNamesTheRoleTheStageAndThePhraseThatTiesThem() {
		HireMethod method = new HireMethod(List.of(),
				List.of(new HireMethod.RoleStage(ML, new StageLean(Stage.PRODUCTION, "a model <in> production")),
						new HireMethod.RoleStage(BACKEND, new StageLean(Stage.PROTOTYPE, "an API & a prototype"))));

		String markup = method.stagesMarkup();
		Element list = Jsoup.parseBodyFragment("<ul>" + markup + "</ul>").selectFirst("ul");

		assertThat(list.select("li"))
			.extracting(item -> item.selectFirst("a").attr("href"), item -> item.selectFirst("a").text(), Element::text)
			.containsExactly(
					tuple("/roles/" + ML.slug(), ML.name(),
							ML.name() + ": running in production (\u201ca model <in> production\u201d)"),
					tuple("/roles/" + BACKEND.slug(), BACKEND.name(),
							BACKEND.name() + ": a first prototype (\u201can API & a prototype\u201d)"));
		assertThat(markup.chars()).as("one byte a character: references, not characters beyond Latin-1")
			.allMatch(c -> c < 0x100);
	}

}
