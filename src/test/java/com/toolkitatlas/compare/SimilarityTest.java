package com.toolkitatlas.compare;

import java.util.List;

import com.toolkitatlas.catalogue.Catalogue;
import com.toolkitatlas.catalogue.Overlap;
import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.catalogue.RolePair;
import com.toolkitatlas.catalogue.Skill;
import com.toolkitatlas.catalogue.Tool;
import com.toolkitatlas.web.English;

import org.junit.jupiter.api.Test;

import static com.toolkitatlas.catalogue.TestRoles.role;
import static com.toolkitatlas.catalogue.TestRoles.skill;
import static com.toolkitatlas.catalogue.TestRoles.tool;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The similarity figures pages state, on small hand-made toolkits whose overlaps are
 * known.
 */
class SimilarityTest {

	private final Skill python = skill("python");

	private final Skill sql = skill("sql");

	private final Skill statistics = skill("statistics");

	private final Skill networking = skill("networking");

	private final Tool docker = tool("docker");

	private final Tool kubernetes = tool("kubernetes");

	private final Tool spark = tool("spark");

	// a and b share python and docker of {python, sql, statistics, networking, docker,
	// spark, kubernetes}: 2 of 7.
	private final Role a = role("a", 1, List.of(python, sql, statistics), List.of(docker, spark));

	private final Role b = role("b", 2, List.of(python, networking), List.of(docker, kubernetes));

	// a and c share python, sql and spark of {python, sql, statistics, spark, docker}: 3
	// of 5.
	private final Role c = role("c", 3, List.of(python, sql), List.of(spark));

	@Test
	void statesTheSharedCountTheUnionAndThePercentage() {
		assertThat(Similarity.of(Overlap.of(a, b))).isEqualTo(new Similarity(2, 7, 29));
		assertThat(Similarity.of(Overlap.of(a, c))).isEqualTo(new Similarity(3, 5, 60));
		// b and c share python only, of {python, networking, sql, docker, kubernetes,
		// spark}.
		assertThat(Similarity.of(Overlap.of(b, c))).isEqualTo(new Similarity(1, 6, 17));
	}

	@Test
	void theMatrixHasOneRowAndColumnPerRoleIsSymmetricAndLinksEachPairToItsCanonicalPage() {
		SimilarityMatrix matrix = SimilarityMatrix.of(List.of(a, b, c));

		assertThat(matrix.rows()).extracting(SimilarityMatrix.Row::role).containsExactly(a, b, c);
		assertThat(matrix.rows().get(0).cells()).extracting(cell -> cell.self() ? null : cell.similarity().percent())
			.containsExactly(null, 29, 60);
		assertThat(matrix.rows().get(2).cells()).extracting(cell -> cell.self() ? null : cell.similarity().percent())
			.containsExactly(60, 17, null);
		assertThat(matrix.rows().get(1).cells().get(1).href()).isNull();
		assertThat(matrix.rows().get(2).cells().get(0).href()).isEqualTo("/compare/a-vs-c");
		assertThat(matrix.rows().get(0).cells().get(2).href()).isEqualTo("/compare/a-vs-c");
	}

	@Test
	void theClosenessOfAPairIsJudgedByItsRankAmongTheCataloguesPairs() {
		Catalogue catalogue = new Catalogue(List.of(a, b, c), List.of(), List.of(), List.of(), List.of(), List.of(),
				List.of(), List.of(), List.of(new RolePair(a, b, "", List.of()), new RolePair(a, c, "", List.of()),
						new RolePair(b, c, "", List.of())));
		Closeness closeness = new Closeness(catalogue);

		assertThat(closeness.of(a, c, new Similarity(3, 5, 60)))
			.startsWith("a and c share 3 of the 5 skills and tools either of them uses, a similarity of 60%: "
					+ "the highest of the 3 pairs in the atlas.")
			.contains("large overlap");
		assertThat(closeness.of(a, b, new Similarity(2, 7, 29))).contains("the 2nd highest of the 3 pairs")
			.contains("keeps part of your toolkit");
		assertThat(closeness.of(b, c, new Similarity(1, 6, 17))).contains("the 3rd highest")
			.contains("little in common");
	}

	@Test
	void ordinalsReadAsWords() {
		assertThat(List.of(1, 2, 3, 4, 11, 12, 13, 15, 21, 22)).extracting(English::ordinal)
			.containsExactly("1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "15th", "21st", "22nd");
	}

}
