package com.toolkitatlas.filter;

import java.util.List;

import com.toolkitatlas.hire.HiringGuideFixture;
import com.toolkitatlas.catalogue.CatalogueFixture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static com.toolkitatlas.catalogue.CatalogueFixture.CI_CD;
import static com.toolkitatlas.catalogue.CatalogueFixture.DOCKER;
import static com.toolkitatlas.catalogue.CatalogueFixture.KUBERNETES;
import static com.toolkitatlas.catalogue.CatalogueFixture.PYTHON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Reading filter parameters against the fixture catalogue and its short forms. */
class RoleFilterParserTest {

	private final RoleFilterParser parser = new RoleFilterParser(CatalogueFixture.catalogue(),
			SynonymsFixture.synonyms(), HiringGuideFixture.oneKindPerRole(CatalogueFixture.catalogue()));

	@Test
	void noParametersAreNoFilter() {
		assertThat(parser.parse(request(null, null, null, null, null)).isEmpty()).isTrue();
		assertThat(parser.parse(request(List.of(""), List.of(" , "), null, " ", "  ")).isEmpty()).isTrue();
	}

	@Test
	void valuesMayBeCommaSeparatedOrRepeatedInAnyCaseAndCountOnce() {
		RoleFilter filter = parser
			.parse(request(List.of("CI-CD"), List.of(" Docker ,kubernetes", "docker"), List.of("python"), null, null));

		assertThat(filter.skills()).containsExactly(CI_CD);
		assertThat(filter.tools()).containsExactly(DOCKER, KUBERNETES);
		assertThat(filter.languages()).containsExactly(PYTHON);
	}

	@Test
	void aMinimumSalaryOfZeroIsNoMinimumAndSpacesAroundANumberDoNotMatter() {
		assertThat(parser.parse(request(null, null, null, "0", null)).minSalary()).isNull();
		assertThat(parser.parse(request(null, null, null, " 150000 ", null)).minSalary()).isEqualTo(150_000);
		assertThat(parser.parse(request(null, null, null, "1000000", null)).minSalary()).isEqualTo(1_000_000);
	}

	@Test
	void theSearchLosesControlCharactersAndRunsOfSpaces() {
		SearchQuery query = parser.parse(request(null, null, null, null, " docker\t\n  kubernetes\u0000")).query();

		assertThat(query.text()).isEqualTo("docker kubernetes");
		assertThat(query.terms()).extracting(SearchTerm::words).containsExactly("docker", "kubernetes");
		assertThat(parser.parse(request(null, null, null, null, "x".repeat(200))).query().text()).hasSize(200);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"tool     | kubernets  | The catalogue has no tool “kubernets”. Did you mean Kubernetes?  | Kubernetes         | /roles?tool=kubernetes&language=python",
			"tool     | k8s        | The catalogue has no tool “k8s”. Did you mean Kubernetes?        | Kubernetes         | /roles?tool=kubernetes&language=python",
			"language | pyton      | The catalogue has no language “pyton”. Did you mean Python?      | Python             | /roles?language=python",
			"language | golang     | The catalogue has no language “golang”. Did you mean Go?         | Go                 | /roles?language=python&language=go",
			"skill    | kubernetes | The catalogue has no skill “kubernetes”. Kubernetes is a tool, not a skill. | Kubernetes as a tool | /roles?tool=kubernetes&language=python",
			"tool     | python     | The catalogue has no tool “python”. Python is a language, not a tool. | Python as a language | /roles?language=python",
			"skill    | statistcs  | The catalogue has no skill “statistcs”. Did you mean Statistics? | Statistics         | /roles?skill=statistics&language=python" })
	void anUnknownValueIsNamedWithTheLikeliestCorrectionAppliedToTheRest(String parameter, String value, String message,
			String suggestion, String href) {
		InvalidFilterException invalid = invalid(request(parameter.equals("skill") ? List.of(value) : null,
				parameter.equals("tool") ? List.of(value) : null,
				parameter.equals("language") ? List.of(value, "python") : List.of("python"), null, null));

		assertThat(invalid.problems()).containsExactly(new FilterProblem(parameter, message, suggestion, href));
		assertThat(invalid.parameter()).isEqualTo(parameter);
		assertThat(invalid.getMessage()).isEqualTo(message);
		assertThat(invalid.remainder().languages()).containsExactly(PYTHON);
	}

	@Test
	void aValueNothingIsNearIsNamedWithoutASuggestion() {
		InvalidFilterException invalid = invalid(request(null, null, List.of("cobol"), null, null));

		assertThat(invalid.problems())
			.containsExactly(new FilterProblem("language", "The catalogue has no language “cobol”.", null, null));
	}

	@Test
	void onlyAFewTyposCountAsNearAndNeverInAVeryLongValue() {
		// "dockr" is one edit from "docker"; "dkr" three from it, too many for three
		// letters.
		assertThat(invalid(request(null, List.of("dockr"), null, null, null)).problems().get(0).suggestion())
			.isEqualTo("Docker");
		assertThat(invalid(request(null, List.of("dkr"), null, null, null)).problems().get(0).suggestion()).isNull();
		assertThat(invalid(request(null, List.of("docker" + "x".repeat(60)), null, null, null)).problems()
			.get(0)
			.suggestion()).isNull();
	}

	@Test
	void everyProblemIsListedInParameterOrderAndTheUnderstoodRestIsKept() {
		InvalidFilterException invalid = invalid(
				request(List.of("astronomy"), List.of("docker", "hammer"), null, "lots", "x".repeat(201)));

		assertThat(invalid.problems()).extracting(FilterProblem::parameter)
			.containsExactly("skill", "tool", "minSalary", "q");
		assertThat(invalid.parameter()).isEqualTo("skill,tool,minSalary,q");
		assertThat(invalid.getMessage())
			.startsWith("The catalogue has no skill “astronomy”. The catalogue has no tool");
		assertThat(invalid.remainder().tools()).containsExactly(DOCKER);
		assertThat(invalid.remainder().minSalary()).isNull();
		assertThat(invalid.remainder().query().isEmpty()).isTrue();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"abc                  | The minimum salary must be a whole number of US dollars a year, such as 150000; “abc” is not.",
			"150000.50            | The minimum salary must be a whole number of US dollars a year, such as 150000; “150000.50” is not.",
			"-5                   | The minimum salary cannot be negative; “-5” is below zero.",
			"1000001              | The minimum salary can be at most 1,000,000 US dollars a year, far above every figure in the catalogue; “1000001” is more.",
			"99999999999999999999 | The minimum salary can be at most 1,000,000 US dollars a year, far above every figure in the catalogue; “99999999999999999999” is more." })
	void aSalaryThatIsNotASensibleWholeNumberSaysWhy(String salary, String message) {
		assertThat(invalid(request(null, null, null, salary, null)).problems())
			.containsExactly(new FilterProblem("minSalary", message, null, null));
	}

	@Test
	void aSearchLongerThanAnySensibleOneIsRefusedWithItsLength() {
		assertThat(invalid(request(null, null, null, null, "kubernetes ".repeat(500))).problems()).containsExactly(
				new FilterProblem("q", "The search can be at most 200 characters long; this one has 5,499. "
						+ "Search for a few words, such as the name of a tool or a skill.", null, null));
	}

	@Test
	void moreThanTwentyValuesOfOneParameterAreRefused() {
		List<String> many = java.util.stream.IntStream.rangeClosed(1, 21).mapToObj(i -> "tool-" + i).toList();

		assertThat(invalid(request(null, many, null, null, null)).problems()).containsExactly(new FilterProblem("tool",
				"At most 20 values of “tool” can be combined; this request has 21.", null, null));
		assertThat(invalid(request(null, many.subList(0, 20), null, null, null)).problems()).hasSize(20);
	}

	@Test
	void theDistanceBetweenTwoWordsCountsInsertionsDeletionsAndSubstitutions() {
		assertThat(RoleFilterParser.distance("kitten", "sitting")).isEqualTo(3);
		assertThat(RoleFilterParser.distance("docker", "docker")).isZero();
		assertThat(RoleFilterParser.distance("go", "")).isEqualTo(2);
		assertThat(RoleFilterParser.distance("ab", "ba")).isEqualTo(2);
	}

	private InvalidFilterException invalid(FilterRequest request) {
		return assertThatExceptionOfType(InvalidFilterException.class).isThrownBy(() -> parser.parse(request)).actual();
	}

	private static FilterRequest request(List<String> skill, List<String> tool, List<String> language, String minSalary,
			String q) {
		return new FilterRequest(skill, tool, language, minSalary, q, null);
	}

}
