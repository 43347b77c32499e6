package com.toolkitatlas.catalogue;

import java.util.List;

import org.junit.jupiter.api.Test;

import static com.toolkitatlas.catalogue.TestRoles.role;
import static com.toolkitatlas.catalogue.TestRoles.skill;
import static com.toolkitatlas.catalogue.TestRoles.tool;
import static org.assertj.core.api.Assertions.assertThat;

class OverlapClaimTest {

	@Test
	void recognisesClaimsOfHeavyAndOfLittleOverlap() {
		assertThat(OverlapClaim.in("These two toolkits overlap heavily.")).contains(OverlapClaim.HEAVY);
		assertThat(OverlapClaim.in("Its toolkit overlaps significantly with the other.")).contains(OverlapClaim.HEAVY);
		assertThat(OverlapClaim.in("Their toolkits barely overlap.")).contains(OverlapClaim.LITTLE);
		assertThat(OverlapClaim.in("Both build on PyTorch.")).isEmpty();
	}

	@Test
	void aClaimNeedsTheSimilarityToBearItOut() {
		assertThat(OverlapClaim.HEAVY.agreesWith(10)).isFalse();
		assertThat(OverlapClaim.HEAVY.agreesWith(40)).isTrue();
		assertThat(OverlapClaim.LITTLE.agreesWith(0)).isTrue();
		assertThat(OverlapClaim.LITTLE.agreesWith(11)).isFalse();
	}

	@Test
	void findsAPairTextAndARoleTextThatTheFiguresContradict() {
		Role alpha = role("alpha", 1, List.of(skill("a"), skill("b")), List.of(tool("t")));
		Role beta = role("beta", 2, List.of(skill("c")), List.of(tool("t")));
		Role claiming = new Role("gamma", "Gamma", "Gamma", 3, "h",
				"Its toolkit overlaps heavily with the alpha toolkit. It is new.", "f", "k", "d", null,
				java.util.Map.of(), java.util.Map.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
				List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null);
		RolePair pair = new RolePair(alpha, beta, "These toolkits overlap heavily. They differ.", List.of());
		Catalogue catalogue = new Catalogue(List.of(alpha, beta, claiming), List.of(), List.of(), List.of(), List.of(),
				List.of(), List.of(), List.of(), List.of(pair));

		assertThat(OverlapClaim.contradictions(catalogue)).containsExactly(
				"alpha vs beta (25%): These toolkits overlap heavily.",
				"gamma vs alpha (0%): Its toolkit overlaps heavily with the alpha toolkit.");
	}

	@Test
	void aRoleTextThatClaimsAnOverlapMustNameTheOtherRole() {
		Role alone = new Role("solo", "Solo", "Solo", 1, "h", "Its toolkit barely overlaps with others. Fine.", "f",
				"k", "d", null, java.util.Map.of(), java.util.Map.of(), List.of(), List.of(), List.of(), List.of(),
				List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
				null);
		Catalogue catalogue = new Catalogue(List.of(alone), List.of(), List.of(), List.of(), List.of(), List.of(),
				List.of(), List.of(), List.of());
		assertThat(OverlapClaim.contradictions(catalogue)).singleElement()
			.asString()
			.contains("without naming the other role");
	}

}
