package com.toolkitatlas.catalogue;

import java.util.List;

import org.junit.jupiter.api.Test;

import static com.toolkitatlas.catalogue.TestRoles.role;
import static com.toolkitatlas.catalogue.TestRoles.skill;
import static com.toolkitatlas.catalogue.TestRoles.tool;
import static org.assertj.core.api.Assertions.assertThat;

class OverlapTest {

	private final Skill python = skill("python");

	private final Skill sql = skill("sql");

	private final Skill statistics = skill("statistics");

	private final Skill networking = skill("networking");

	private final Tool docker = tool("docker");

	private final Tool kubernetes = tool("kubernetes");

	private final Tool spark = tool("spark");

	@Test
	void splitsSkillsAndToolsIntoSharedAndOnlyOneSide() {
		Role a = role("a", 1, List.of(python, sql, statistics), List.of(docker, spark));
		Role b = role("b", 2, List.of(python, networking), List.of(docker, kubernetes));

		Overlap overlap = Overlap.of(a, b);

		assertThat(overlap.sharedSkills()).containsExactly(python);
		assertThat(overlap.onlyFirstSkills()).containsExactly(sql, statistics);
		assertThat(overlap.onlySecondSkills()).containsExactly(networking);
		assertThat(overlap.sharedTools()).containsExactly(docker);
		assertThat(overlap.onlyFirstTools()).containsExactly(spark);
		assertThat(overlap.onlySecondTools()).containsExactly(kubernetes);
	}

	@Test
	void similarityIsSharedEntriesOverAllEntriesOfEitherRole() {
		// Shared: python, docker (2). Either: python, sql, statistics, networking,
		// docker, spark, kubernetes (7).
		Role a = role("a", 1, List.of(python, sql, statistics), List.of(docker, spark));
		Role b = role("b", 2, List.of(python, networking), List.of(docker, kubernetes));

		assertThat(Overlap.of(a, b).similarity()).isEqualTo(2.0 / 7);
		assertThat(Overlap.of(a, b).similarityPercent()).isEqualTo(29);
		assertThat(Overlap.of(a, b).shared()).isEqualTo(2);
	}

	@Test
	void similarityIsSymmetric() {
		Role a = role("a", 1, List.of(python, sql), List.of(spark));
		Role b = role("b", 2, List.of(python), List.of(docker, spark));

		assertThat(Overlap.of(a, b).similarity()).isEqualTo(Overlap.of(b, a).similarity()).isEqualTo(0.5);
	}

	@Test
	void identicalRolesAreFullySimilarAndDisjointRolesNotAtAll() {
		Role a = role("a", 1, List.of(python), List.of(docker));
		Role same = role("same", 2, List.of(python), List.of(docker));
		Role other = role("other", 3, List.of(networking), List.of(kubernetes));

		assertThat(Overlap.of(a, same).similarityPercent()).isEqualTo(100);
		assertThat(Overlap.of(a, other).similarityPercent()).isZero();
		assertThat(Overlap.of(a, other).sharedSkills()).isEmpty();
	}

	@Test
	void twoEmptyRolesHaveNoSimilarityRatherThanDividingByZero() {
		assertThat(Overlap.of(role("a", 1, List.of(), List.of()), role("b", 2, List.of(), List.of())).similarity())
			.isZero();
	}

}
