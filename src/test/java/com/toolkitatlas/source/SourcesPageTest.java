package com.toolkitatlas.source;

import java.util.List;

import com.toolkitatlas.catalogue.Catalogue;
import com.toolkitatlas.catalogue.Overlap;
import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.catalogue.Source;
import com.toolkitatlas.support.Page;
import com.toolkitatlas.support.Site;
import com.toolkitatlas.support.WebTest;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@WebTest
class SourcesPageTest {

	@Autowired
	Site site;

	@Autowired
	Catalogue catalogue;

	@Test
	void listsEverySourceWithItsAddressDateAndWhatItMeasured() {
		Page page = site.get("/sources");

		assertThat(page.h1()).isEqualTo("Sources and method");
		for (Source source : catalogue.sources()) {
			Element row = page.document().getElementById(source.code());
			assertThat(row).as(source.code()).isNotNull();
			assertThat(row.text()).contains(source.title(), source.published(), source.measured());
			if (source.hasUrl()) {
				assertThat(row.selectFirst("a").attr("href")).isEqualTo(source.url());
			}
			else {
				assertThat(row.text()).contains("(no public address)");
			}
		}
	}

	@Test
	void explainsHowTheFiguresWereChosen() {
		String method = site.get("/sources").section("method");

		assertThat(method).contains("basis", "proxy", "confidence", "own words");
	}

	@Test
	void listsTheEvidenceForEveryCheckedToolCostAndNamesTheUncheckedOnes() {
		String costs = site.get("/sources").section("tool-costs");

		assertThat(costs).contains("Kubernetes", "Open source", "Terraform", "Source available");
		catalogue.tools()
			.stream()
			.filter(tool -> !tool.costChecked())
			.forEach(tool -> assertThat(costs).contains(tool.name()));
	}

	@Test
	void showsTheSimilarityOfEveryPairOfRolesThatRanksTheAlternatives() {
		List<Element> rows = site.get("/sources").document().select("table.similarity-table tbody tr");
		List<Role> roles = catalogue.roles();

		assertThat(rows).hasSize(roles.size());
		for (int i = 0; i < roles.size(); i++) {
			assertThat(rows.get(i).selectFirst("th").text()).isEqualTo(roles.get(i).shortName());
			List<String> cells = rows.get(i).select("td").eachText();
			for (int j = 0; j < roles.size(); j++) {
				assertThat(cells.get(j)).as("%s and %s", roles.get(i).slug(), roles.get(j).slug())
					.isEqualTo(i == j ? "–" : Overlap.of(roles.get(i), roles.get(j)).similarityPercent() + "%");
			}
		}
	}

}
