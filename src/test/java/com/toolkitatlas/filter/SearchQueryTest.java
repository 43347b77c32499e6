package com.toolkitatlas.filter;

import java.util.List;

import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.catalogue.TestRoles;
import com.toolkitatlas.catalogue.Tool;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchQueryTest {

	private final Tool kubernetes = new Tool("kubernetes", "Kubernetes", TestRoles.TOOLS, null);

	private final Tool kubeflow = new Tool("kubeflow", "Kubeflow", TestRoles.TOOLS, null);

	private final Tool redis = new Tool("redis", "Redis", TestRoles.TOOLS, null);

	private final Tool cloud = new Tool("gcp", "Google Cloud", TestRoles.TOOLS, null);

	private final Role platform = TestRoles.role("platform", 1, List.of(), List.of(kubernetes, cloud));

	private final Role cache = TestRoles.role("cache", 2, List.of(), List.of(redis));

	private final Synonyms synonyms = new Synonyms(
			List.of(new Synonyms.Synonym("k8s", Synonyms.Meaning.of(null, null, kubernetes, null)),
					new Synonyms.Synonym("Google Cloud Platform", Synonyms.Meaning.of(null, null, cloud, null)),
					new Synonyms.Synonym("kube", Synonyms.Meaning.of(null, null, kubernetes, null)),
					new Synonyms.Synonym("kube", Synonyms.Meaning.of(null, null, kubeflow, null))));

	@Test
	void foldingIgnoresCaseAccentsAndCompatibilityForms() {
		assertThat(FoldedText.fold("KÜBERNÉTES")).isEqualTo("kubernetes");
		assertThat(FoldedText.fold("ＰｙＴｏｒｃｈ")).isEqualTo("pytorch");
		assertThat(FoldedText.fold("Ångström")).isEqualTo("angstrom");
	}

	@Test
	void aWordMatchesWhereAWordOfTheNameStartsWithIt() {
		assertThat(FoldedText.of("Kubernetes").matches("kube")).isTrue();
		assertThat(FoldedText.of("scikit-learn").matches("learn")).isTrue();
		assertThat(FoldedText.of("PostgreSQL").matches("sql")).isFalse();
		assertThat(FoldedText.of("Microsoft SQL Server").matches("sql")).isTrue();
	}

	@Test
	void shortWordsMatchOnlyWholeWords() {
		assertThat(FoldedText.of("R").matches("r")).isTrue();
		assertThat(FoldedText.of("Redis").matches("r")).isFalse();
		assertThat(FoldedText.of("C#").matches("c")).isFalse();
		assertThat(FoldedText.of("C#").matches("c#")).isTrue();
		assertThat(FoldedText.of("Node.js").matches("js")).isTrue();
		assertThat(FoldedText.of("Google Vertex AI").matches("ai")).isTrue();
		// Two letters are the longest short word: "go" finds the language, not Google;
		// from three letters on, a word matches the start of a longer one.
		assertThat(FoldedText.of("Go").matches("go")).isTrue();
		assertThat(FoldedText.of("Google Cloud").matches("go")).isFalse();
		assertThat(FoldedText.of("Google Cloud").matches("goo")).isTrue();
	}

	@Test
	void aPluralAlsoMatchesItsSingular() {
		assertThat(FoldedText.of("Containers").matches("containers")).isTrue();
		assertThat(FoldedText.of("Database management").matches("databases")).isTrue();
	}

	@Test
	void highlightingMarksTheMatchesInTheTextAsWrittenAccentsIncluded() {
		Highlighted highlighted = FoldedText.of("Gestión de Kubernetes y más").highlight(List.of("gestion", "kube"));

		assertThat(highlighted.segments()).containsExactly(new Highlighted.Segment("Gestión", true),
				new Highlighted.Segment(" de ", false), new Highlighted.Segment("Kube", true),
				new Highlighted.Segment("rnetes y más", false));
		assertThat(highlighted.text()).isEqualTo("Gestión de Kubernetes y más");
	}

	@Test
	void aPluralOfFourLettersOrMoreFindsItsSingularButAShorterWordKeepsItsS() {
		assertThat(FoldedText.of("API design").matches("apis")).isTrue();
		assertThat(FoldedText.of("Bucket").matches("bus")).isFalse();
		assertThat(FoldedText.of("SQLite").matches("sql")).as("three letters are a start of a word").isTrue();
	}

	@Test
	void marksFollowTheTextWhateverOrderTheWordsWereTypedIn() {
		Highlighted highlighted = FoldedText.of("Gestión de Kubernetes").highlight(List.of("kube", "gestion"));

		assertThat(highlighted.segments()).containsExactly(new Highlighted.Segment("Gestión", true),
				new Highlighted.Segment(" de ", false), new Highlighted.Segment("Kube", true),
				new Highlighted.Segment("rnetes", false));
	}

	@Test
	void aSearchKnowsWhetherItHoldsMarkup() {
		assertThat(SearchQuery.parse("<b>redis</b>", synonyms).hasMarkup()).isTrue();
		assertThat(SearchQuery.parse("a > b", synonyms).hasMarkup()).isTrue();
		assertThat(SearchQuery.parse("redis", synonyms).hasMarkup()).isFalse();
		assertThat(SearchQuery.parse("<redis", synonyms).hasMarkup()).isTrue();
		assertThat(SearchQuery.parse("> redis", synonyms).hasMarkup()).isTrue();
	}

	@Test
	void overlappingMatchesMergeIntoOneMark() {
		Highlighted highlighted = FoldedText.of("Machine learning").highlight(List.of("machine learning", "learn"));

		assertThat(highlighted.segments()).containsExactly(new Highlighted.Segment("Machine learning", true));
	}

	@Test
	void aNameFoundOnlyByAShortFormIsMarkedWholeAndANameNotFoundIsLeftPlain() {
		SearchQuery.Found byShortForm = new SearchQuery.Found(List.of(), List.of("k8s"));
		SearchQuery.Found nothing = new SearchQuery.Found(List.of(), List.of());

		assertThat(byShortForm.highlight(FoldedText.of("Kubernetes")).segments())
			.containsExactly(new Highlighted.Segment("Kubernetes", true));
		assertThat(nothing.highlight(FoldedText.of("Gestión de Kubernetes")).segments())
			.containsExactly(new Highlighted.Segment("Gestión de Kubernetes", false));
	}

	@Test
	void markupIsJustTextToHighlight() {
		Highlighted highlighted = FoldedText.of("<b>Redis</b>").highlight(List.of("redis"));

		assertThat(highlighted.segments()).containsExactly(new Highlighted.Segment("<b>", false),
				new Highlighted.Segment("Redis", true), new Highlighted.Segment("</b>", false));
	}

	@Test
	void theQueryIsCutIntoTermsLongestKnownPhraseFirstWithoutLinkingWords() {
		SearchQuery query = SearchQuery.parse("Redis and google cloud platform, K8S", synonyms);

		assertThat(query.terms()).extracting(SearchTerm::words)
			.containsExactly("redis", "google cloud platform", "k8s");
		assertThat(query.terms().get(0).synonym()).isNull();
		assertThat(query.terms().get(1).synonym().tools()).containsExactly(cloud);
	}

	@Test
	void aTermMayStandForSeveralEntries() {
		SearchQuery query = SearchQuery.parse("kube", synonyms);

		assertThat(query.terms().get(0).synonym().tools()).containsExactly(kubernetes, kubeflow);
	}

	@Test
	void aRoleMatchesWhenEveryTermFindsSomethingInIt() {
		assertThat(SearchQuery.parse("k8s", synonyms).admits(SearchableRole.of(platform))).isTrue();
		assertThat(SearchQuery.parse("k8s", synonyms).admits(SearchableRole.of(cache))).isFalse();
		assertThat(SearchQuery.parse("kubernetes google", synonyms).admits(SearchableRole.of(platform))).isTrue();
		assertThat(SearchQuery.parse("kubernetes redis", synonyms).admits(SearchableRole.of(platform))).isFalse();
		assertThat(SearchQuery.parse("PLATFORM", synonyms).admits(SearchableRole.of(platform)))
			.as("the role's own name")
			.isTrue();
		assertThat(SearchQuery.NONE.admits(SearchableRole.of(cache))).isTrue();
	}

	@Test
	void whatATermFoundIsMarkedAndAShortFormMarksTheWholeName() {
		SearchQuery.Found byWord = SearchQuery.parse("kube", synonyms)
			.find(List.of(FoldedText.of("Kubernetes")), meaning -> false);
		SearchQuery.Found byShortForm = SearchQuery.parse("k8s", synonyms)
			.find(List.of(FoldedText.of("Kubernetes")), meaning -> meaning.tools().contains(kubernetes));

		assertThat(byWord.highlight(FoldedText.of("Kubernetes")).segments())
			.containsExactly(new Highlighted.Segment("Kube", true), new Highlighted.Segment("rnetes", false));
		assertThat(byShortForm.shortForms()).containsExactly("k8s");
		assertThat(byShortForm.highlight(FoldedText.of("Kubernetes")).segments())
			.containsExactly(new Highlighted.Segment("Kubernetes", true));
	}

	@Test
	void theDistanceBetweenTwoSlugsCountsTypos() {
		assertThat(RoleFilterParser.distance("kubernets", "kubernetes")).isEqualTo(1);
		assertThat(RoleFilterParser.distance("pyton", "python")).isEqualTo(1);
		assertThat(RoleFilterParser.distance("", "go")).isEqualTo(2);
	}

}
