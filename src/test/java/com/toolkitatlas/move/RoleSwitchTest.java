package com.toolkitatlas.move;

import java.util.List;

import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.fit.Item;
import com.toolkitatlas.fit.KnownItems;
import com.toolkitatlas.fit.Need;
import com.toolkitatlas.catalogue.CatalogueFixture;
import com.toolkitatlas.fit.ItemGroup;
import com.toolkitatlas.fit.PrintedGroups;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static com.toolkitatlas.catalogue.CatalogueFixture.DEVOPS;
import static com.toolkitatlas.catalogue.CatalogueFixture.DOCKER;
import static com.toolkitatlas.catalogue.CatalogueFixture.GO;
import static com.toolkitatlas.catalogue.CatalogueFixture.MACHINE_LEARNING;
import static com.toolkitatlas.catalogue.CatalogueFixture.ML;
import static com.toolkitatlas.catalogue.CatalogueFixture.PIPELINES;
import static com.toolkitatlas.catalogue.CatalogueFixture.RESEARCH;
import static org.assertj.core.api.Assertions.tuple;

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
	void theMoveWorkedOutOnceForNothingKnownGivesTheSameMoveForWhatIsKnown() {
		RoleSwitch once = RoleSwitch.of(backend, ml, KnownItems.NONE, "/compare/backend-vs-ml");

		for (KnownItems known : List.of(KnownItems.NONE, known("tool/pytorch"), known("tool/pytorch", "tool/redis"),
				known("skill/ml", "tool/mlflow", "tool/docker", "language/python"),
				known("skill/ml", "tool/pytorch", "tool/mlflow"))) {
			assertThat(once.knowing(known)).as(known.query())
				.isEqualTo(RoleSwitch.of(backend, ml, known, "/compare/backend-vs-ml"));
		}
		assertThat(RoleSwitch.of(backend, ml, known("tool/pytorch"), "/compare/backend-vs-ml")
			.knowing(known("tool/mlflow"))).as("from a move for something known too")
			.isEqualTo(RoleSwitch.of(backend, ml, known("tool/mlflow"), "/compare/backend-vs-ml"));
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

	@Test
	void theVerdictsThresholdsAreAQuarterAndAHalfOfTheTargetsWeightedToolkit() {
		// The research scientist's toolkit weighs 8, all core: machine learning,
		// statistics, PyTorch and Python. DevOps brings Python alone.
		RoleSwitch quarter = RoleSwitch.of(DEVOPS, RESEARCH, KnownItems.NONE, "/compare/devops-vs-research");
		assertThat(quarter.fit().percent()).isEqualTo(2 * 100 / 8);
		assertThat(quarter.distance()).as("exactly a quarter is moderate").isEqualTo(RoleSwitch.Distance.MODERATE);
		assertThat(quarter.verdict()).startsWith(RoleSwitch.Distance.MODERATE.sentence())
			.endsWith("; 3 of its 4 core items are left to learn.");

		RoleSwitch half = RoleSwitch.of(DEVOPS, RESEARCH, new KnownItems(List.of(Item.of(MACHINE_LEARNING))),
				"/compare/devops-vs-research");
		assertThat(half.fit().percent()).isEqualTo((2 + 2) * 100 / 8);
		assertThat(half.distance()).as("exactly a half is short").isEqualTo(RoleSwitch.Distance.SHORT);
		assertThat(half.verdict()).startsWith(RoleSwitch.Distance.SHORT.sentence());

		RoleSwitch belowAQuarter = RoleSwitch.of(RESEARCH, DEVOPS, KnownItems.NONE, "/compare/devops-vs-research");
		assertThat(belowAQuarter.fit().percent()).as("Python, secondary for DevOps: 1 of 11").isEqualTo(1 * 100 / 11);
		assertThat(belowAQuarter.distance()).isEqualTo(RoleSwitch.Distance.LONG);
		assertThat(belowAQuarter.verdict()).startsWith(RoleSwitch.Distance.LONG.sentence());

		RoleSwitch belowAHalf = RoleSwitch.of(ML, DEVOPS, KnownItems.NONE, "/compare/ml-vs-devops");
		assertThat(belowAHalf.fit().percent()).as("Docker 2, Kubernetes 2 and Python 1 of 11").isEqualTo(5 * 100 / 11);
		assertThat(belowAHalf.distance()).isEqualTo(RoleSwitch.Distance.MODERATE);
	}

	@Test
	void aMoveWithEveryCoreItemCoveredSaysNoneIsLeft() {
		RoleSwitch move = RoleSwitch.of(ML, RESEARCH, KnownItems.NONE, "/compare/ml-vs-research");

		assertThat(move.fit().percent()).isEqualTo(100);
		assertThat(move.coreToLearnCount()).isZero();
		assertThat(move.verdict()).isEqualTo(RoleSwitch.Distance.SHORT.sentence()
				+ " 100% of the Research Scientist toolkit, weighted by importance, carries over from Machine "
				+ "Learning Engineer; no core item is left to learn.");
		assertThat(move.leftBehindGroups()).extracting(ItemGroup::label, group -> slugs(group.needs()))
			.as("as ML uses them")
			.containsExactly(tuple(CatalogueFixture.DATA_SKILLS.label(), List.of("data-pipelines")),
					tuple(CatalogueFixture.PLATFORM.label(), List.of("docker", "kubernetes")),
					tuple("Languages", List.of("sql")));
	}

	@Test
	void theSwitchPageGroupsEachListAndOffersWhatIsLeftCoreFirstThenByName() {
		// From research to ML, knowing data pipelines (secondary for ML) and Go (not
		// ML's).
		KnownItems known = new KnownItems(List.of(Item.of(PIPELINES), Item.of(GO)));
		RoleSwitch move = RoleSwitch.of(RESEARCH, ML, known, "/compare/ml-vs-research");

		assertThat(move.carriedGroups()).extracting(ItemGroup::label, group -> slugs(group.needs()))
			.containsExactly(tuple(CatalogueFixture.DATA_SKILLS.label(), List.of("machine-learning", "statistics")),
					tuple(CatalogueFixture.DATA_TOOLS.label(), List.of("pytorch")),
					tuple("Languages", List.of("python")));
		assertThat(move.coreToLearn()).extracting(ItemGroup::label, group -> slugs(group.needs()))
			.containsExactly(tuple(CatalogueFixture.PLATFORM.label(), List.of("docker")));
		assertThat(move.secondaryToLearn()).extracting(ItemGroup::label, group -> slugs(group.needs()))
			.containsExactly(tuple(CatalogueFixture.PLATFORM.label(), List.of("kubernetes")),
					tuple("Languages", List.of("sql")));
		assertThat(move.knownGroups()).extracting(ItemGroup::label, group -> slugs(group.needs()))
			.containsExactly(tuple(CatalogueFixture.DATA_SKILLS.label(), List.of("data-pipelines")));
		assertThat(move.leftBehindGroups()).isEmpty();

		assertThat(move.learnable()).extracting(need -> need.item().name())
			.as("what is left to learn and what was ticked of it, core first, then by name")
			.containsExactly("Docker", "Data pipelines", "Kubernetes", "SQL");
		assertThat(move.isListed(Item.of(PIPELINES))).isTrue();
		assertThat(move.isListed(Item.of(DOCKER))).isTrue();
		assertThat(move.isListed(Item.of(GO))).as("not ML's: the form carries it hidden").isFalse();
		assertThat(move.knownNote()).isEqualTo("What to learn leaves out the 2 items you said you know.");
		assertThat(RoleSwitch.of(RESEARCH, ML, new KnownItems(List.of(Item.of(GO))), "/compare/ml-vs-research")
			.knownNote()).isEqualTo("What to learn leaves out the item you said you know.");
		// Machine learning, statistics, PyTorch and Python (2 each) carry over, data
		// pipelines (1) is known: 9 of 13.
		assertThat(move.fit().percent()).isEqualTo(9 * 100 / 13);
		assertThat(move.verdict()).endsWith(
				"is covered by Research Scientist and what you know; 1 of its 5 core " + "items is left to learn.");
	}

	@Test
	void theSwitchPagePrintsEachListAsItsGroupsAndSaysWhetherSecondaryItemsAreLeftToLearn() {
		KnownItems known = new KnownItems(List.of(Item.of(PIPELINES), Item.of(GO)));
		RoleSwitch move = RoleSwitch.of(RESEARCH, ML, known, "/compare/ml-vs-research");

		assertThat(PrintedGroups.read(move.carriedMarkup())).isNotEmpty()
			.isEqualTo(PrintedGroups.of(move.carriedGroups()));
		assertThat(PrintedGroups.read(move.coreToLearnMarkup())).isNotEmpty()
			.isEqualTo(PrintedGroups.of(move.coreToLearn()));
		assertThat(PrintedGroups.read(move.secondaryToLearnMarkup())).isNotEmpty()
			.isEqualTo(PrintedGroups.of(move.secondaryToLearn()));
		assertThat(PrintedGroups.read(move.knownMarkup())).isNotEmpty().isEqualTo(PrintedGroups.of(move.knownGroups()));
		assertThat(PrintedGroups.read(move.leftBehindMarkup())).isEmpty();
		RoleSwitch fromBackend = RoleSwitch.of(CatalogueFixture.BACKEND, ML, KnownItems.NONE, "/compare/backend-vs-ml");
		assertThat(PrintedGroups.read(fromBackend.leftBehindMarkup()))
			.as("what stays behind, from a role with items ML does not use")
			.isNotEmpty()
			.isEqualTo(PrintedGroups.of(fromBackend.leftBehindGroups()));
		assertThat(move.hasSecondaryToLearn()).isTrue();
		assertThat(
				RoleSwitch.of(RESEARCH, ML, KnownItems.toolkitOf(ML), "/compare/ml-vs-research").hasSecondaryToLearn())
			.as("the whole of ML known")
			.isFalse();
	}

	private static List<String> slugs(List<Need> needs) {
		return needs.stream().map(need -> need.item().slug()).toList();
	}

	@Test
	void theSwitchFormPrintsACheckboxPerItemLeftToLearnTickedWhereKnown() {
		KnownItems known = new KnownItems(List.of(Item.of(PIPELINES), Item.of(GO)));
		RoleSwitch move = RoleSwitch.of(RESEARCH, ML, known, "/compare/ml-vs-research");

		Document form = Jsoup.parseBodyFragment("<ul>" + move.learnableMarkup() + "</ul>");

		assertThat(form.select("ul > li > input[type=checkbox]"))
			.extracting(box -> box.attr("name"), box -> box.attr("value"), box -> box.hasAttr("checked"),
					box -> form.select("label[for=" + box.id() + "]").text())
			.containsExactlyElementsOf(move.learnable()
				.stream()
				.map(Need::item)
				.map(item -> tuple(item.kind().parameter(), item.slug(), known.has(item), item.name()))
				.toList());
		assertThat(form.select("input[checked]")).as("data pipelines, known and left for ML").isNotEmpty();
	}

}
