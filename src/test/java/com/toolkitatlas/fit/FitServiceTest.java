package com.toolkitatlas.fit;

import java.util.List;

import com.toolkitatlas.catalogue.Catalogue;
import com.toolkitatlas.catalogue.CatalogueFixture;
import org.assertj.core.groups.Tuple;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static com.toolkitatlas.catalogue.CatalogueFixture.BACKEND;
import static com.toolkitatlas.catalogue.CatalogueFixture.DATA;
import static com.toolkitatlas.catalogue.CatalogueFixture.DEVOPS;
import static com.toolkitatlas.catalogue.CatalogueFixture.DOCKER;
import static com.toolkitatlas.catalogue.CatalogueFixture.KUBERNETES;
import static com.toolkitatlas.catalogue.CatalogueFixture.ML;
import static com.toolkitatlas.catalogue.CatalogueFixture.RESEARCH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * What {@code /fit} shows, over the fixture catalogue: the form of everything a person
 * can know, and once something is ticked, the ranking and the ways to each role.
 */
class FitServiceTest {

	private final Catalogue catalogue = CatalogueFixture.catalogue();

	private final FitService fits = FitFixture.service(catalogue);

	/** Docker and Kubernetes, as the page's checkboxes send them. */
	private final KnownRequest platform = new KnownRequest(null, List.of(DOCKER.slug(), KUBERNETES.slug()), null);

	@Test
	void nothingTickedIsTheFormAloneWithEveryItemOfTheCatalogueUnchecked() {
		FitPage page = fits.page(fits.read(KnownRequest.none(), "/fit"));

		assertThat(page.answered()).isFalse();
		assertThat(page.ranking()).isNull();
		assertThat(page.href()).isEqualTo("/fit");
		assertThat(page.form().groups()).flatExtracting(FitForm.Group::choices)
			.hasSize(catalogue.skills().size() + catalogue.tools().size() + catalogue.languages().size());
		assertThat(page.form().groups()).flatExtracting(FitForm.Group::choices).noneMatch(FitForm.Choice::checked);
	}

	@Test
	void theFormGroupsItemsAsTheSkillAndToolPagesDoEachGroupByName() {
		FitForm form = fits.page(fits.read(platform, "/fit")).form();

		assertThat(form.groups()).extracting(FitForm.Group::legend)
			.as("categories by position, the empty security category left out, languages last")
			.containsExactly("Skills: " + CatalogueFixture.DATA_SKILLS.label(),
					"Skills: " + CatalogueFixture.ENGINEERING.label(), "Tools: " + CatalogueFixture.PLATFORM.label(),
					"Tools: " + CatalogueFixture.DATA_TOOLS.label(), "Languages");
		assertThat(form.groups().get(0).choices()).extracting(choice -> choice.item().name())
			.containsExactly("Data pipelines", "Machine learning", "Statistics");
		assertThat(form.groups().get(3).choices()).extracting(choice -> choice.item().name())
			.containsExactly("Apache Spark", "PostgreSQL", "PyTorch");
		assertThat(form.groups()).extracting(group -> group.choices().stream().filter(FitForm.Choice::checked).count())
			.containsExactly(0L, 0L, 2L, 0L, 0L);
		assertThat(form.groups().get(2).choices()).extracting(FitForm.Choice::id, FitForm.Choice::checked)
			.containsExactly(tuple("know-tool-docker", true), tuple("know-tool-kubernetes", true));
		assertThat(form.groups().get(4).choices()).extracting(FitForm.Choice::id)
			.containsExactly("know-language-go", "know-language-python", "know-language-sql");
	}

	@Test
	void dockerAndKubernetesPutDevOpsFirstAndTheRankingSaysWhatEachRoleHasAndLacks() {
		FitPage page = fits.page(fits.read(platform, "/fit"));

		assertThat(page.answered()).isTrue();
		assertThat(page.href()).isEqualTo("/fit?tool=docker&tool=kubernetes");
		// Weights (core 2, secondary 1) known over the whole toolkit: DevOps 4 of 11,
		// Backend 4 of 14, ML 3 of 13 (Kubernetes is secondary there), Data 1 of 12,
		// Research 0 of 8.
		assertThat(page.ranking().places())
			.extracting(place -> place.rank(), place -> place.fit().role(), place -> place.fit().percent())
			.containsExactly(tuple(1, DEVOPS, 4 * 100 / 11), tuple(2, BACKEND, 4 * 100 / 14),
					tuple(3, ML, 3 * 100 / 13), tuple(4, DATA, 1 * 100 / 12), tuple(5, RESEARCH, 0));
		assertThat(page.ranking().places()).extracting(FitRanking.Place::tie).containsOnlyNulls();

		RoleFit devops = page.ranking().best().fit();
		assertThat(groups(devops.haveGroups()))
			.containsExactly(tuple(CatalogueFixture.PLATFORM.label(), List.of("Docker", "Kubernetes")));
		assertThat(groups(devops.coreLacking())).containsExactly(
				tuple(CatalogueFixture.ENGINEERING.label(), List.of("CI/CD", "Monitoring")),
				tuple("Languages", List.of("Go")));
		assertThat(groups(devops.secondaryLacking())).containsExactly(tuple("Languages", List.of("Python")));
		assertThat(devops.coreSummary()).isEqualTo("You have 2 of its 5 core items, and 0 of its 1 secondary ones.");
	}

	@Test
	void eachRoleLinksToTheWayThereFromEveryOtherRoleInTheOrderOfTheRanking() {
		FitPage page = fits.page(fits.read(platform, "/fit"));

		assertThat(page.waysTo(DEVOPS)).extracting(FitPage.Way::from, FitPage.Way::href)
			.containsExactly(tuple(BACKEND, "/switch/backend-engineer-to-devops-engineer?tool=docker&tool=kubernetes"),
					tuple(ML, "/switch/ml-engineer-to-devops-engineer?tool=docker&tool=kubernetes"),
					tuple(DATA, "/switch/data-engineer-to-devops-engineer?tool=docker&tool=kubernetes"),
					tuple(RESEARCH, "/switch/research-scientist-to-devops-engineer?tool=docker&tool=kubernetes"));
		assertThat(page.waysTo(RESEARCH)).extracting(FitPage.Way::from).containsExactly(DEVOPS, BACKEND, ML, DATA);
	}

	@Test
	void theWaysArePrintedAsLinksSeparatedByCommas() {
		FitPage page = fits.page(fits.read(platform, "/fit"));

		Element line = Jsoup.parseBodyFragment("<ol>" + page.rankingMarkup() + "</ol>")
			.selectFirst("#fit-" + DEVOPS.slug() + " .fit-moves > span");

		assertThat(line.select("a.switch-link")).extracting(link -> link.attr("href"), Element::text)
			.containsExactlyElementsOf(
					page.waysTo(DEVOPS).stream().map(way -> tuple(way.href(), way.from().shortName())).toList());
		assertThat(line.text()).isEqualTo("The way here from: " + BACKEND.shortName() + ", " + ML.shortName() + ", "
				+ DATA.shortName() + ", " + RESEARCH.shortName());
	}

	@Test
	void learnNextSaysWhatEachItemDoesForEachOfTheBestRolesInOneLine() {
		FitRanking ranking = fits.page(fits.read(platform, "/fit")).ranking();

		assertThat(ranking.bestRolesText())
			.isEqualTo(DEVOPS.shortName() + ", " + BACKEND.shortName() + ", " + ML.shortName());
		assertThat(ranking.learnNext().get(0).gainsText())
			.isEqualTo(DEVOPS.shortName() + " " + 4 * 100 / 11 + "% → " + (4 + 2) * 100 / 11 + "%, "
					+ BACKEND.shortName() + " " + 4 * 100 / 14 + "% → " + (4 + 2) * 100 / 14 + "%");
	}

	@Test
	void learnNextNamesWhatRaisesTheThreeBestRolesTheMostAndForWhichRoleItIsCore() {
		FitRanking ranking = fits.page(fits.read(platform, "/fit")).ranking();

		assertThat(ranking.bestRoles()).containsExactly(DEVOPS, BACKEND, ML);
		// What each item adds, summed over DevOps (of 11), Backend (of 14) and ML (of
		// 13):
		// Go 2/11 + 2/14, Python 1/11 + 1/14 + 2/13, CI/CD 2/11 + 1/14, SQL 2/14 + 1/13,
		// Monitoring 2/11; then machine learning, statistics and PyTorch, 2/13 each.
		assertThat(ranking.learnNext()).extracting(suggestion -> suggestion.item().name(), FitRanking.Suggestion::why)
			.containsExactly(tuple("Go", "Core for DevOps Engineer and Backend Engineer."),
					tuple("Python", "Core for ML Engineer; secondary for DevOps Engineer and Backend Engineer."),
					tuple("CI/CD", "Core for DevOps Engineer; secondary for Backend Engineer."),
					tuple("SQL", "Core for Backend Engineer; secondary for ML Engineer."),
					tuple("Monitoring", "Core for DevOps Engineer."));
		assertThat(ranking.learnNext().get(0).gains())
			.extracting(gain -> gain.role(), FitRanking.Gain::core, FitRanking.Gain::before, FitRanking.Gain::after)
			.containsExactly(tuple(DEVOPS, true, 4 * 100 / 11, (4 + 2) * 100 / 11),
					tuple(BACKEND, true, 4 * 100 / 14, (4 + 2) * 100 / 14));
	}

	@Test
	void anUnknownItemIsRefusedWithACorrectionOnTheSamePage() {
		assertThatExceptionOfType(UnknownItemsException.class)
			.isThrownBy(() -> fits.read(new KnownRequest(null, List.of("dockr"), null), "/fit"))
			.satisfies(refused -> assertThat(refused.problems()).extracting(UnknownItem::suggestionHref)
				.containsExactly("/fit?tool=docker"));
		assertThatExceptionOfType(UnknownItemsException.class)
			.isThrownBy(() -> fits.read(new KnownRequest(null, List.of("dockr"), null), "/api/fit"))
			.satisfies(refused -> assertThat(refused.problems()).extracting(UnknownItem::suggestionHref)
				.containsExactly("/api/fit?tool=docker"));
	}

	private static List<Tuple> groups(List<ItemGroup> groups) {
		return groups.stream()
			.map(group -> tuple(group.label(), group.needs().stream().map(need -> need.item().name()).toList()))
			.toList();
	}

}
