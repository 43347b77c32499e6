package com.toolkitatlas.compare;

import java.util.List;

import com.toolkitatlas.catalogue.CatalogueFixture;
import com.toolkitatlas.compare.SimilarityMatrix.Cell;

import org.junit.jupiter.api.Test;

import static com.toolkitatlas.catalogue.CatalogueFixture.BACKEND;
import static com.toolkitatlas.catalogue.CatalogueFixture.DEVOPS;
import static com.toolkitatlas.catalogue.CatalogueFixture.ML;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The matrix over three fixture roles (see the table in CatalogueFixture). */
class SimilarityMatrixTest {

	private final SimilarityMatrix matrix = SimilarityMatrix.of(List.of(ML, BACKEND, DEVOPS));

	@Test
	void hasARowAndAColumnPerRoleInTheOrderGiven() {
		assertThat(matrix.roles()).containsExactly(ML, BACKEND, DEVOPS);
		assertThat(matrix.rows()).extracting(SimilarityMatrix.Row::role).containsExactly(ML, BACKEND, DEVOPS);
		assertThat(matrix.rows())
			.allSatisfy(row -> assertThat(row.cells()).extracting(Cell::other).containsExactly(ML, BACKEND, DEVOPS));
	}

	@Test
	void eachCellStatesThePairsFiguresAndTheMatrixIsSymmetric() {
		assertThat(cell(0, 1).similarity()).isEqualTo(new Similarity(2, 9, 22));
		assertThat(cell(0, 2).similarity()).isEqualTo(new Similarity(2, 8, 25));
		assertThat(cell(1, 2).similarity()).isEqualTo(new Similarity(3, 6, 50));
		for (int row = 0; row < 3; row++) {
			for (int column = 0; column < 3; column++) {
				assertThat(cell(row, column).similarity()).isEqualTo(cell(column, row).similarity());
				assertThat(cell(row, column).href()).isEqualTo(cell(column, row).href());
			}
		}
	}

	@Test
	void theDiagonalHasNoFigureAndNoLinkAndEveryOtherCellLinksTheCanonicalPairPage() {
		for (int i = 0; i < 3; i++) {
			assertThat(cell(i, i).self()).isTrue();
			assertThat(cell(i, i).href()).isNull();
		}
		assertThat(cell(0, 1).self()).isFalse();
		assertThat(cell(2, 1).href()).isEqualTo("/compare/backend-engineer-vs-devops-engineer");
		assertThat(cell(0, 2).href()).isEqualTo("/compare/ml-engineer-vs-devops-engineer");
	}

	@Test
	void aFewRolesTakeTheirRowsAndColumnsFromTheWholeMatrixAsIfComparedAlone() {
		SimilarityMatrix whole = SimilarityMatrix.of(CatalogueFixture.ROLES);

		assertThat(whole.among(List.of(ML, BACKEND, DEVOPS))).isEqualTo(matrix);
		assertThat(whole.among(List.of(DEVOPS, ML))).isEqualTo(SimilarityMatrix.of(List.of(DEVOPS, ML)));
		assertThat(whole.among(CatalogueFixture.ROLES)).isEqualTo(whole);
		assertThatThrownBy(() -> matrix.among(List.of(ML, CatalogueFixture.DATA)))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining(CatalogueFixture.DATA.slug());
	}

	private Cell cell(int row, int column) {
		return matrix.rows().get(row).cells().get(column);
	}

}
