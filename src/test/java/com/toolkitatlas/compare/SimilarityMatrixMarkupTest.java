package com.toolkitatlas.compare;

import java.util.List;

import com.toolkitatlas.catalogue.Overlap;
import com.toolkitatlas.catalogue.Role;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static com.toolkitatlas.catalogue.CatalogueFixture.BACKEND;
import static com.toolkitatlas.catalogue.CatalogueFixture.DATA;
import static com.toolkitatlas.catalogue.CatalogueFixture.ML;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The similarity table of the sources page, as a browser reads it: a column per role, a
 * row per role, each cell the two roles' similarity in per cent, a dash where a role
 * meets itself.
 */
class SimilarityMatrixMarkupTest {

	private final List<Role> roles = List.of(ML, BACKEND, DATA);

	private final SimilarityMatrix matrix = SimilarityMatrix.of(roles);

	@Test
	void theHeaderNamesEveryRoleAfterTheRowHeaders() {
		Element header = Jsoup
			.parseBodyFragment("<table><thead><tr>" + matrix.headerCellsMarkup() + "</tr></thead></table>")
			.selectFirst("thead tr");

		assertThat(header.select("th[scope=col]").eachText()).containsExactly("Role", ML.shortName(),
				BACKEND.shortName(), DATA.shortName());
	}

	@Test
	void eachCellIsTheSimilarityOfItsRowAndColumnOrADashOnTheDiagonal() {
		Element body = Jsoup.parseBodyFragment("<table><tbody>" + matrix.rowsMarkup() + "</tbody></table>")
			.selectFirst("tbody");

		assertThat(body.select("tr > th[scope=row]").eachText()).containsExactly(ML.shortName(), BACKEND.shortName(),
				DATA.shortName());
		for (int row = 0; row < roles.size(); row++) {
			for (int column = 0; column < roles.size(); column++) {
				String expected = row == column ? "\u2013"
						: Similarity.of(Overlap.of(roles.get(row), roles.get(column))).percent() + "%";
				assertThat(body.select("tr").get(row).select("td").get(column).text()).as("%d, %d", row, column)
					.isEqualTo(expected);
			}
		}
	}

	@Test
	void onAComparisonEachCellLinksThePairsPageAndSpellsOutItsFiguresAndTheDiagonalSaysSameRole() {
		String markup = matrix.linkedRowsMarkup();
		assertThat(markup.chars()).as("one byte a character: references, not characters beyond Latin-1")
			.allMatch(c -> c < 0x100);
		Element body = Jsoup.parseBodyFragment("<table><tbody>" + markup + "</tbody></table>").selectFirst("tbody");

		assertThat(body.select("tr > th[scope=row] > a").eachAttr("href"))
			.containsExactlyElementsOf(roles.stream().map(role -> "/roles/" + role.slug()).toList());
		assertThat(body.select("tr > th[scope=row] > a").eachText())
			.containsExactlyElementsOf(roles.stream().map(Role::shortName).toList());
		for (int row = 0; row < roles.size(); row++) {
			for (int column = 0; column < roles.size(); column++) {
				Element cell = body.select("tr").get(row).select("td").get(column);
				Role a = roles.get(row);
				Role b = roles.get(column);
				if (row == column) {
					assertThat(cell.hasClass("matrix__self")).isTrue();
					assertThat(cell.select("a")).isEmpty();
					assertThat(cell.selectFirst(".visually-hidden").text()).isEqualTo("same role");
					continue;
				}
				Similarity similarity = Similarity.of(Overlap.of(a, b));
				Element link = cell.selectFirst("a");
				assertThat(cell.hasClass("matrix__self")).isFalse();
				assertThat(link.attr("href")).isEqualTo(ComparisonService.pairPath(a, b));
				assertThat(link.text()).isEqualTo(similarity.percent() + "%");
				assertThat(link.attr("aria-label"))
					.isEqualTo(a.shortName() + " and " + b.shortName() + ": " + similarity.percent() + "% similar, "
							+ similarity.shared() + " of " + similarity.either() + " skills and tools shared");
				assertThat(cell.selectFirst(".matrix__count").text())
					.isEqualTo(similarity.shared() + " of " + similarity.either());
			}
		}
	}

}
