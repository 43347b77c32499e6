package com.toolkitatlas.compare;

import java.util.List;

import com.toolkitatlas.catalogue.ListTopic;
import com.toolkitatlas.catalogue.CatalogueFixture;
import com.toolkitatlas.compare.GlanceRow.Cell;
import com.toolkitatlas.compare.GlanceRow.Entry;

import org.junit.jupiter.api.Test;

import static com.toolkitatlas.catalogue.CatalogueFixture.DATA;
import static com.toolkitatlas.catalogue.CatalogueFixture.ML;
import static org.assertj.core.api.Assertions.assertThat;

/** The at-a-glance rows of ML Engineer against Data Engineer (see CatalogueFixture). */
class GlanceRowsTest {

	private final List<GlanceRow> rows = GlanceRows.of(List.of(ML, DATA));

	@Test
	void everyRowHasACellPerRoleInColumnOrder() {
		assertThat(rows).extracting(GlanceRow::label)
			.containsExactly("Best for", "Primary focus", "Key responsibility", "Key skills", "Primary tools",
					"Common languages", "Common workflows", "Theory foundations", "Works most with",
					"Salary range (US)", "Common hiring companies", "Career progression");
		assertThat(rows).allSatisfy(row -> assertThat(row.cells()).hasSize(2));
		assertThat(texts("Best for", 0)).isEqualTo(ML.bestFor());
		assertThat(texts("Primary focus", 1)).containsExactly(DATA.primaryFocus());
		assertThat(texts("Key responsibility", 0)).containsExactly(ML.keyResponsibility());
		assertThat(texts("Common workflows", 1)).isEqualTo(DATA.workflows());
		assertThat(texts("Theory foundations", 0)).isEqualTo(ML.theory());
		assertThat(texts("Works most with", 1)).isEqualTo(DATA.collaborators());
	}

	@Test
	void skillsAndToolsAreTheCoreOnesLinkedToTheirPages() {
		assertThat(cell("Key skills", 0).entries()).containsExactly(
				new Entry("Machine learning", "/skills/machine-learning", false),
				new Entry("Statistics", "/skills/statistics", false));
		assertThat(cell("Primary tools", 0).entries()).extracting(Entry::text, Entry::href)
			.containsExactly(tuple("Docker", "/tools/docker"), tuple("PyTorch", "/tools/pytorch"));
		assertThat(texts("Primary tools", 1)).containsExactly("Apache Spark", "PostgreSQL");
	}

	@Test
	void languagesAreAllOfThemWithTheCoreOnesMarkedAndSaidToBeLanguages() {
		assertThat(cell("Common languages", 0).entries()).containsExactly(
				new Entry("Python", "/roles?language=python", true, "language"),
				new Entry("SQL", "/roles?language=sql", false, "language"));
	}

	@Test
	void theSalaryCellSaysWhatTheFigureMeasuresAndWhoSaysSo() {
		Cell pay = cell("Salary range (US)", 1);

		assertThat(pay.entries()).extracting(Entry::text).containsExactly("$125,758 average");
		assertThat(pay.detail()).isEqualTo("Average, US, 2024");
		assertThat(pay.source()).isEqualTo(CatalogueFixture.SURVEY);
	}

	@Test
	void anEmptyListCarriesTheCataloguesReasonInsteadOfASource() {
		assertThat(texts("Common hiring companies", 0)).containsExactly("StreamCo");
		assertThat(cell("Common hiring companies", 0).source()).isEqualTo(CatalogueFixture.ARTICLE);
		assertThat(cell("Common hiring companies", 1).entries()).isEmpty();
		assertThat(cell("Common hiring companies", 1).source()).isNull();
		assertThat(cell("Common hiring companies", 1).note()).isEqualTo(DATA.note(ListTopic.HIRING_COMPANIES));
		assertThat(cell("Career progression", 1).note()).isEqualTo(DATA.note(ListTopic.CAREER_PROGRESSION));
		assertThat(cell("Career progression", 1).source()).isNull();
	}

	@Test
	void theCareerLadderIsOrderedAndTheOtherListsAreNot() {
		assertThat(cell("Career progression", 0).ordered()).isTrue();
		assertThat(texts("Career progression", 0)).containsExactly("ML Engineer", "Senior ML Engineer",
				"Staff ML Engineer");
		assertThat(cell("Career progression", 0).source()).isEqualTo(CatalogueFixture.ARTICLE);
		assertThat(rows.stream().filter(row -> !row.label().equals("Career progression")))
			.allSatisfy(row -> assertThat(row.cells()).noneMatch(Cell::ordered));
	}

	private Cell cell(String label, int column) {
		return rows.stream().filter(row -> row.label().equals(label)).findFirst().orElseThrow().cells().get(column);
	}

	private List<String> texts(String label, int column) {
		return cell(label, column).entries().stream().map(Entry::text).toList();
	}

	private static org.assertj.core.groups.Tuple tuple(Object... values) {
		return org.assertj.core.groups.Tuple.tuple(values);
	}

}
