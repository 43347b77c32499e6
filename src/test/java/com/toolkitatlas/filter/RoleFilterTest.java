package com.toolkitatlas.filter;

import java.util.List;

import com.toolkitatlas.filter.RoleFilter.Removal;

import org.junit.jupiter.api.Test;

import static com.toolkitatlas.catalogue.CatalogueFixture.BACKEND;
import static com.toolkitatlas.catalogue.CatalogueFixture.CI_CD;
import static com.toolkitatlas.catalogue.CatalogueFixture.DATA;
import static com.toolkitatlas.catalogue.CatalogueFixture.DEVOPS;
import static com.toolkitatlas.catalogue.CatalogueFixture.DOCKER;
import static com.toolkitatlas.catalogue.CatalogueFixture.GO;
import static com.toolkitatlas.catalogue.CatalogueFixture.KUBERNETES;
import static com.toolkitatlas.catalogue.CatalogueFixture.ML;
import static com.toolkitatlas.catalogue.CatalogueFixture.PYTHON;
import static com.toolkitatlas.catalogue.CatalogueFixture.RESEARCH;
import static org.assertj.core.api.Assertions.assertThat;

class RoleFilterTest {

	private final SearchQuery cloud = SearchQuery.parse("cloud native", SynonymsFixture.synonyms());

	@Test
	void aRoleIsAdmittedWhenItHasEverythingChosen() {
		RoleFilter kubernetesAndGo = new RoleFilter(List.of(), List.of(KUBERNETES), List.of(GO), null,
				SearchQuery.NONE);

		assertThat(kubernetesAndGo.admits(SearchableRole.of(BACKEND))).isTrue();
		assertThat(kubernetesAndGo.admits(SearchableRole.of(DEVOPS))).isTrue();
		assertThat(kubernetesAndGo.admits(SearchableRole.of(ML))).as("Kubernetes but no Go").isFalse();
		assertThat(new RoleFilter(List.of(CI_CD), List.of(), List.of(), null, SearchQuery.NONE)
			.admits(SearchableRole.of(ML))).isFalse();
		assertThat(RoleFilter.NONE.admits(SearchableRole.of(RESEARCH))).isTrue();
	}

	@Test
	void aMinimumSalaryIsReachedByTheTopOfTheHeadlineFigure() {
		// ML's band reaches $250,000, Data's average is $125,758.
		assertThat(pay(250_000).admits(SearchableRole.of(ML))).isTrue();
		assertThat(pay(250_001).admits(SearchableRole.of(ML))).isFalse();
		assertThat(pay(125_758).admits(SearchableRole.of(DATA))).isTrue();
		assertThat(pay(125_759).admits(SearchableRole.of(DATA))).isFalse();
	}

	@Test
	void aRoleMustMatchTheSearchToo() {
		RoleFilter k8s = new RoleFilter(List.of(), List.of(), List.of(), null,
				SearchQuery.parse("k8s", SynonymsFixture.synonyms()));

		assertThat(k8s.admits(SearchableRole.of(ML))).isTrue();
		assertThat(k8s.admits(SearchableRole.of(DATA))).isFalse();
	}

	@Test
	void theAddressListsTheChoicesInAFixedOrderSoEqualFiltersShareOneLink() {
		RoleFilter filter = new RoleFilter(List.of(CI_CD), List.of(KUBERNETES, DOCKER), List.of(PYTHON), 150_000,
				cloud);

		assertThat(filter.href()).isEqualTo(
				"/roles?skill=ci-cd&tool=kubernetes&tool=docker&language=python&minSalary=150000&q=cloud+native");
		assertThat(RoleFilter.NONE.href()).isEqualTo("/roles");
		assertThat(new RoleFilter(List.of(), List.of(), List.of(), null,
				SearchQuery.parse("C++ & “AI”", SynonymsFixture.synonyms()))
			.href()).isEqualTo("/roles?q=C%2B%2B+%26+%E2%80%9CAI%E2%80%9D");
	}

	@Test
	void theSummaryNamesEveryChoiceInAFewWords() {
		RoleFilter filter = new RoleFilter(List.of(CI_CD), List.of(KUBERNETES), List.of(PYTHON), 150_000, cloud);

		assertThat(filter.summary()).isEqualTo("CI/CD, Kubernetes, Python, pay from $150,000, “cloud native”");
		assertThat(RoleFilter.NONE.summary()).isEmpty();
		assertThat(RoleFilter.NONE.isEmpty()).isTrue();
		assertThat(filter.isEmpty()).isFalse();
	}

	@Test
	void eachChoiceCanBeRemovedLeavingTheRest() {
		RoleFilter filter = new RoleFilter(List.of(CI_CD), List.of(KUBERNETES, DOCKER), List.of(PYTHON), 150_000,
				cloud);

		assertThat(filter.removals()).extracting(Removal::kind, Removal::value, removal -> removal.remaining().href())
			.containsExactly(
					tuple("Skill", "CI/CD",
							"/roles?tool=kubernetes&tool=docker&language=python&minSalary=150000&q=cloud+native"),
					tuple("Tool", "Kubernetes",
							"/roles?skill=ci-cd&tool=docker&language=python&minSalary=150000&q=cloud+native"),
					tuple("Tool", "Docker",
							"/roles?skill=ci-cd&tool=kubernetes&language=python&minSalary=150000&q=cloud+native"),
					tuple("Language", "Python",
							"/roles?skill=ci-cd&tool=kubernetes&tool=docker&minSalary=150000&q=cloud+native"),
					tuple("Pay from", "$150,000",
							"/roles?skill=ci-cd&tool=kubernetes&tool=docker&language=python&q=cloud+native"),
					tuple("Search", "“cloud native”",
							"/roles?skill=ci-cd&tool=kubernetes&tool=docker&language=python&minSalary=150000"));
		assertThat(RoleFilter.NONE.removals()).isEmpty();
	}

	@Test
	void addingAChoiceAlreadyMadeChangesNothing() {
		assertThat(RoleFilter.with(List.of(DOCKER), DOCKER)).containsExactly(DOCKER);
		assertThat(RoleFilter.with(List.of(DOCKER), KUBERNETES)).containsExactly(DOCKER, KUBERNETES);
	}

	private static RoleFilter pay(int minimum) {
		return new RoleFilter(List.of(), List.of(), List.of(), minimum, SearchQuery.NONE);
	}

	private static org.assertj.core.groups.Tuple tuple(Object... values) {
		return org.assertj.core.groups.Tuple.tuple(values);
	}

}
