package com.toolkitatlas.filter;

import java.util.ArrayList;
import java.util.List;

import com.toolkitatlas.hire.HiringGuideFixture;
import com.toolkitatlas.catalogue.Catalogue;
import com.toolkitatlas.catalogue.CatalogueFixture;
import com.toolkitatlas.catalogue.Importance;
import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.filter.RoleResult.Reason;
import com.toolkitatlas.filter.RoleSearch.AppliedFilter;
import com.toolkitatlas.salary.OccupationsFixture;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.toolkitatlas.catalogue.CatalogueFixture.BACKEND;
import static com.toolkitatlas.catalogue.CatalogueFixture.DATA;
import static com.toolkitatlas.catalogue.CatalogueFixture.DEVOPS;
import static com.toolkitatlas.catalogue.CatalogueFixture.ML;
import static com.toolkitatlas.catalogue.CatalogueFixture.RESEARCH;
import static org.assertj.core.api.Assertions.assertThat;

/** Filtering and searching the fixture catalogue (see {@link CatalogueFixture}). */
class RoleFilterServiceTest {

	private final Catalogue catalogue = CatalogueFixture.catalogue();

	private final Synonyms synonyms = SynonymsFixture.synonyms();

	private final RoleFilterService filters = filters(catalogue, synonyms);

	@Test
	void withoutAFilterEveryRoleIsShownInDisplayOrder() {
		RoleSearch search = search("");

		assertThat(roles(search)).isEqualTo(catalogue.roles());
		assertThat(search.countText()).isEqualTo("All " + catalogue.roles().size() + " roles");
		assertThat(search.applied()).isEmpty();
		assertThat(search.unmatchedWords()).isEmpty();
	}

	@Test
	void aFilterKeepsTheRolesThatHaveEverythingChosenThoseWhereItIsCoreFirst() {
		// Kubernetes is core to Backend and DevOps, secondary to ML.
		assertThat(roles(search("tool=kubernetes"))).containsExactly(BACKEND, DEVOPS, ML);
		assertThat(search("tool=kubernetes").countText()).isEqualTo("3 roles match");
		// CI/CD is core to DevOps only, so DevOps has two core matches to Backend's one.
		assertThat(roles(search("tool=kubernetes&skill=ci-cd"))).containsExactly(DEVOPS, BACKEND);
		assertThat(roles(search("skill=monitoring"))).containsExactly(DEVOPS);
		assertThat(search("skill=monitoring").countText()).isEqualTo("1 role matches");
	}

	@Test
	void eachResultSaysWhatItHasOfWhatWasChosenAndHowCentralItIs() {
		RoleSearch search = search("tool=kubernetes&skill=ci-cd&language=python");

		assertThat(result(search, BACKEND).reasons())
			.extracting(Reason::kind, reason -> reason.name().text(), Reason::importance, Reason::chosen, Reason::href)
			.containsExactly(tuple("Skill", "CI/CD", Importance.SECONDARY, true, "/skills/ci-cd"),
					tuple("Tool", "Kubernetes", Importance.CORE, true, "/tools/kubernetes"),
					tuple("Language", "Python", Importance.SECONDARY, true, "/roles?language=python"));
		assertThat(result(search, DEVOPS).reasons()).extracting(Reason::core).containsExactly(true, true, false);
		assertThat(result(search, DEVOPS).payChosen()).isFalse();
		assertThat(result(search, DEVOPS).pay()).isEqualTo(DEVOPS.headlineSalary());
	}

	@Test
	void theSearchFindsRolesByNameSkillToolOrLanguageAndMarksWhatItFound() {
		RoleSearch search = search("q=pipe");

		// Data pipelines is core to Data, secondary to ML: what is core comes first;
		// DevOps is found by its use case, deployment pipelines.
		assertThat(roles(search)).first().isEqualTo(DATA);
		assertThat(roles(search)).containsExactlyInAnyOrder(DATA, ML, DEVOPS);
		assertThat(result(search, DATA).reasons())
			.extracting(Reason::kind, reason -> reason.name().text(), Reason::chosen)
			.containsExactly(tuple("Skill", "Data pipelines", false));
		assertThat(result(search, DATA).reasons().get(0).name().segments()).containsExactly(
				new Highlighted.Segment("Data ", false), new Highlighted.Segment("pipe", true),
				new Highlighted.Segment("lines", false));
		RoleResult devops = result(search("q=devops"), DEVOPS);
		assertThat(devops.name().segments()).containsExactly(new Highlighted.Segment("DevOps", true),
				new Highlighted.Segment(" Engineer", false));
		// The name first; the fixture's use case and hiring text name DevOps too.
		assertThat(devops.reasons()).extracting(Reason::kind, Reason::href)
			.startsWith(tuple("Name", "/roles/devops-engineer"));
	}

	@Test
	void aShortFormFindsWhatItStandsForAndSaysSo() {
		RoleSearch search = search("q=k8s");

		assertThat(roles(search)).containsExactly(BACKEND, DEVOPS, ML);
		Reason kubernetes = result(search, ML).reasons().get(0);
		assertThat(kubernetes.name().text()).isEqualTo("Kubernetes");
		assertThat(kubernetes.name().marked()).isTrue();
		assertThat(kubernetes.shortForms()).containsExactly("k8s");
		assertThat(roles(search("q=site reliability"))).containsExactly(DEVOPS);
	}

	@Test
	void aShortFormForASkillALanguageOrARoleMarksWhatItStandsFor() {
		RoleSearch ml = search("q=ml");
		// "ml" stands for the ML Engineer and for machine learning, which Research also
		// needs.
		assertThat(roles(ml)).containsExactly(ML, RESEARCH);
		assertThat(result(ml, RESEARCH).reasons())
			.extracting(Reason::kind, reason -> reason.name().text(), Reason::shortForms)
			.containsExactly(tuple("Skill", "Machine learning", List.of("ml")));
		assertThat(result(ml, ML).reasons()).extracting(Reason::kind).startsWith("Name", "Skill");
		assertThat(result(ml, ML).name().marked()).isTrue();

		RoleSearch golang = search("q=golang");
		assertThat(roles(golang)).containsExactly(BACKEND, DEVOPS);
		assertThat(result(golang, DEVOPS).reasons()).extracting(Reason::kind, Reason::shortForms)
			.containsExactly(tuple("Language", List.of("golang")));

		RoleResult reliability = result(search("q=site reliability"), DEVOPS);
		assertThat(reliability.reasons()).extracting(Reason::kind, Reason::shortForms)
			.containsExactly(tuple("Name", List.of("site reliability")));
		assertThat(reliability.name()).isEqualTo(Highlighted.whole("DevOps Engineer"));
		assertThat(roles(search("q=go"))).containsExactly(BACKEND, DEVOPS);
	}

	@Test
	void whatWasChosenCountsForTheOrderBeforeWhatTheSearchFound() {
		// Docker is core to ML, Backend and DevOps, secondary to Data; Python is core to
		// ML
		// and Data, secondary to Backend and DevOps.
		assertThat(roles(search("tool=docker&q=python"))).containsExactly(ML, BACKEND, DEVOPS, DATA);
	}

	@Test
	void whatTheSearchFindsCountsForTheOrderAfterWhatWasChosen() {
		// Python is core to ML, Data and Research, secondary to Backend and DevOps.
		assertThat(roles(search("q=python"))).containsExactly(ML, DATA, RESEARCH, BACKEND, DEVOPS);
	}

	@Test
	void everyWordMustFindSomethingAndAWordThatFindsNothingAnywhereIsNamed() {
		RoleSearch search = search("q=docker zebra");

		assertThat(search.results()).isEmpty();
		assertThat(search.countText()).isEqualTo("No role matches");
		assertThat(search.unmatchedWords()).containsExactly("zebra");
		assertThat(roles(search("q=docker and spark"))).containsExactly(DATA);
	}

	@Test
	void theChosenValuesAreListedEachWithTheRolesItsRemovalWouldShow() {
		// Spark is Data's alone and Monitoring DevOps's alone: nothing has both.
		RoleSearch search = search("skill=monitoring&tool=spark&minSalary=200000");

		assertThat(search.results()).isEmpty();
		assertThat(search.applied()).containsExactly(
				new AppliedFilter("Skill", "Monitoring", "/roles?tool=spark&minSalary=200000", 0),
				new AppliedFilter("Tool", "Apache Spark", "/roles?skill=monitoring&minSalary=200000", 1),
				new AppliedFilter("Pay from", "$200,000", "/roles?skill=monitoring&tool=spark", 0));
		assertThat(search.suggestions()).extracting(AppliedFilter::value).containsExactly("Apache Spark");
	}

	@Test
	void suggestionsPutTheRemovalThatBringsBackMostRolesFirst() {
		RoleSearch search = search("tool=spark&language=go");

		assertThat(search.suggestions()).extracting(AppliedFilter::value, AppliedFilter::rolesWithout)
			.containsExactly(tuple("Apache Spark", 2), tuple("Go", 1));
	}

	@Test
	void everyOptionComesInItsCategoryWithTheRolesThatHaveIt() {
		List<Facet> facets = search("").facets();

		assertThat(facets).extracting(Facet::parameter).containsExactly("skill", "tool", "language");
		assertThat(facets.get(0).groups()).extracting(Facet.Group::label)
			.containsExactly("Data and modelling", "Software engineering");
		assertThat(facets.get(1).groups().get(0).options()).extracting(Facet.Option::name, Facet.Option::count)
			.containsExactly(tuple("Docker", 4), tuple("Kubernetes", 3));
		assertThat(facets.get(2).groups()).singleElement().extracting(Facet.Group::label).isNull();
		assertThat(facets.get(2).groups().get(0).options()).extracting(Facet.Option::slug, Facet.Option::count)
			.containsExactly(tuple("python", 5), tuple("go", 2), tuple("sql", 3));
		assertThat(facets).allSatisfy(facet -> assertThat(facet.selectedCount()).isZero());
	}

	/**
	 * The count next to an option is what choosing it would leave, whatever is already
	 * chosen, and an option that would leave nothing cannot be chosen unless it is.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "", "tool=docker", "tool=docker&language=python", "q=data", "minSalary=150000",
			"skill=machine-learning&q=py", "tool=spark&skill=monitoring" })
	void everyCountEqualsTheNumberOfResultsThatChoosingTheOptionGives(String state) {
		List<Facet> facets = search(state).facets();

		for (Facet facet : facets) {
			for (Facet.Group group : facet.groups()) {
				for (Facet.Option option : group.options()) {
					String chosen = facet.parameter() + "=" + option.slug();
					String with = state.isEmpty() ? chosen : state + "&" + chosen;
					assertThat(search(with).results()).as("%s from %s", chosen, state).hasSize(option.count());
					assertThat(option.available()).isEqualTo(option.selected() || option.count() > 0);
					assertThat(option.selected()).isEqualTo(("&" + state + "&").contains("&" + chosen + "&"));
				}
			}
		}
	}

	@Test
	void aChosenOptionIsMarkedAndStaysAvailableEvenWhenNothingMatches() {
		Facet.Option spark = option(search("tool=spark&skill=monitoring").facets(), "tool", "spark");

		assertThat(spark.selected()).isTrue();
		assertThat(spark.count()).isZero();
		assertThat(spark.available()).isTrue();
		assertThat(option(search("tool=spark&skill=monitoring").facets(), "tool", "docker").available()).isFalse();
		assertThat(search("tool=spark&skill=monitoring").facets().get(1).selectedCount()).isEqualTo(1);
	}

	@Test
	void thePageTitleNamesTheFilterAndTheShortFormsAreListedAlphabetically() {
		assertThat(filters.page(request("")).title()).isEqualTo("Roles by skill, tool and language");
		RoleFilterPage page = filters.page(request("tool=docker&q=k8s"));
		assertThat(page.title()).isEqualTo("Roles: Docker, “k8s”");
		assertThat(Jsoup.parseBodyFragment("<dl>" + page.shortFormsMarkup() + "</dl>").select("dt"))
			.extracting(Element::text)
			.containsExactly("golang", "k8s", "ml", "postgres", "site reliability");
	}

	@Test
	void theApiAnswerHasTheCountTheUnderstoodFilterTheMatchesAndEveryOptionsCount() {
		RoleSearchResource resource = filters.resource(request("tool=kubernetes&language=go&q=k8s"));

		assertThat(resource.count()).isEqualTo(2);
		assertThat(resource.filter()).isEqualTo(
				new RoleSearchResource.Applied(List.of(), List.of("kubernetes"), List.of("go"), null, "k8s", null));
		assertThat(resource.roles()).extracting(match -> match.role().slug())
			.containsExactly("backend-engineer", "devops-engineer");
		assertThat(resource.roles().get(0).matched()).containsExactly(
				new RoleSearchResource.Reason("Tool", "Kubernetes", "CORE", true, List.of("k8s")),
				new RoleSearchResource.Reason("Language", "Go", "CORE", true, List.of()));
		assertThat(resource.facets())
			.hasSize(catalogue.skills().size() + catalogue.tools().size() + catalogue.languages().size());
		assertThat(resource.facets()).filteredOn(RoleSearchResource.FacetCount::selected)
			.extracting(RoleSearchResource.FacetCount::slug)
			.containsExactly("kubernetes", "go");
		assertThat(resource.links()).containsEntry("self", "/api/roles?tool=kubernetes&language=go&q=k8s")
			.containsEntry("html", "/roles?tool=kubernetes&language=go&q=k8s")
			.containsEntry("csv", "/api/roles.csv?tool=kubernetes&language=go&q=k8s");
		assertThat(filters.resource(request("")).links()).containsEntry("self", "/api/roles");
	}

	@Test
	void theCsvHasAHeaderAndALinePerRoleKept() {
		List<String> lines = filters.csv(request("tool=kubernetes")).lines().toList();

		assertThat(lines).hasSize(1 + 3);
		assertThat(lines.get(1)).startsWith("backend-engineer,");
		assertThat(lines.get(3)).startsWith("ml-engineer,");
	}

	private RoleSearch search(String query) {
		return filters.search(request(query));
	}

	private static List<Role> roles(RoleSearch search) {
		return search.results().stream().map(RoleResult::role).toList();
	}

	private static RoleResult result(RoleSearch search, Role role) {
		return search.results().stream().filter(result -> result.role().equals(role)).findFirst().orElseThrow();
	}

	private static Facet.Option option(List<Facet> facets, String parameter, String slug) {
		return facets.stream()
			.filter(facet -> facet.parameter().equals(parameter))
			.flatMap(facet -> facet.groups().stream())
			.flatMap(group -> group.options().stream())
			.filter(option -> option.slug().equals(slug))
			.findFirst()
			.orElseThrow();
	}

	/** The service over a catalogue, with one kind of project per role. */
	static RoleFilterService filters(Catalogue catalogue, Synonyms synonyms) {
		return new RoleFilterService(catalogue, synonyms,
				new RoleFilterParser(catalogue, synonyms, HiringGuideFixture.oneKindPerRole(catalogue)),
				OccupationsFixture.occupations());
	}

	/** A request as a query string would give it: "tool=docker&q=k8s". */
	static FilterRequest request(String query) {
		List<String> skill = new ArrayList<>();
		List<String> tool = new ArrayList<>();
		List<String> language = new ArrayList<>();
		String minSalary = null;
		String q = null;
		String sort = null;
		for (String pair : query.isEmpty() ? new String[0] : query.split("&")) {
			String[] parts = pair.split("=", 2);
			switch (parts[0]) {
				case "skill" -> skill.add(parts[1]);
				case "tool" -> tool.add(parts[1]);
				case "language" -> language.add(parts[1]);
				case "minSalary" -> minSalary = parts[1];
				case "q" -> q = parts[1];
				case "sort" -> sort = parts[1];
				default -> throw new IllegalArgumentException(parts[0]);
			}
		}
		return new FilterRequest(skill, tool, language, minSalary, q, sort);
	}

	private static org.assertj.core.groups.Tuple tuple(Object... values) {
		return org.assertj.core.groups.Tuple.tuple(values);
	}

}
