package com.toolkitatlas.move;

import java.util.List;

import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.fit.Item;
import com.toolkitatlas.fit.KnownItems;
import com.toolkitatlas.fit.Need;
import org.junit.jupiter.api.Test;

import static com.toolkitatlas.fit.Toolkits.known;
import static com.toolkitatlas.fit.Toolkits.role;
import static com.toolkitatlas.fit.Toolkits.tool;
import static org.assertj.core.api.Assertions.assertThat;

class RoleSwitchTest {

	private final Role backend = role("backend", 1, 100_000, "core:skill/apis", "core:tool/docker",
			"core:tool/kubernetes", "core:language/python", "secondary:tool/redis");

	private final Role ml = role("ml", 2, 120_000, "core:skill/ml", "core:tool/pytorch", "secondary:tool/docker",
			"core:tool/kubernetes", "core:language/python", "secondary:tool/mlflow");

	@Test
	void whatCarriesOverWhatToLearnAndWhatStaysBehind() {
		RoleSwitch move = RoleSwitch.of(backend, ml, KnownItems.NONE, "/compare/backend-vs-ml");

		assertThat(slugs(move.carried())).containsExactlyInAnyOrder("docker", "kubernetes", "python");
		assertThat(move.carried()).filteredOn(need -> need.item().slug().equals("docker"))
			.as("marked as it counts for the target")
			.allMatch(need -> !need.core());
		assertThat(slugs(move.toLearn())).as("core first").containsExactly("ml", "pytorch", "mlflow");
		assertThat(slugs(move.leftBehind())).containsExactlyInAnyOrder("apis", "redis");
		assertThat(move.alreadyKnown()).isEmpty();
		// ml weighs 2+2+1+2+2+1 = 10; docker 1, kubernetes 2 and python 2 carry over.
		assertThat(move.fit().percent()).isEqualTo(50);
		assertThat(move.distance()).isEqualTo(RoleSwitch.Distance.SHORT);
		assertThat(move.verdict()).isEqualTo("A short move: half of the toolkit or more carries over. 50% of the "
				+ "ML toolkit, weighted by importance, carries over from BACKEND; 2 of its 4 core items are left to learn.");
		assertThat(move.pay().gapUsd()).isEqualTo(20_000);
		assertThat(move.path()).isEqualTo("/switch/backend-to-ml");
	}

	@Test
	void whatThePersonKnowsLeavesWhatToLearn() {
		RoleSwitch move = RoleSwitch.of(backend, ml, known("tool/pytorch", "tool/redis"), "/compare/backend-vs-ml");

		assertThat(slugs(move.toLearn())).containsExactly("ml", "mlflow");
		assertThat(slugs(move.alreadyKnown())).containsExactly("pytorch");
		assertThat(move.fit().percent()).as("pytorch adds 2 of 10").isEqualTo(70);
		assertThat(move.verdict()).contains("is covered by BACKEND and what you know", "1 of its 4 core items is left");
		assertThat(move.isListed(Item.of(tool("redis")))).as("redis is not the target's: the form carries it hidden")
			.isFalse();
	}

	@Test
	void aMoveWithLittleInCommonIsLong() {
		Role far = role("far", 3, 90_000, "core:skill/a", "core:skill/b", "core:skill/c", "core:skill/d",
				"secondary:tool/docker");
		RoleSwitch move = RoleSwitch.of(backend, far, KnownItems.NONE, "/compare/backend-vs-far");

		assertThat(move.fit().percent()).isEqualTo(11);
		assertThat(move.distance()).isEqualTo(RoleSwitch.Distance.LONG);
		assertThat(move.verdict()).startsWith("A long move: less than a quarter");
	}

	private static List<String> slugs(List<Need> needs) {
		return needs.stream().map(need -> need.item().slug()).toList();
	}

}
