package com.toolkitatlas.filter;

import java.util.List;

import com.toolkitatlas.filter.Synonyms.Meaning;
import com.toolkitatlas.filter.Synonyms.Synonym;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static com.toolkitatlas.catalogue.CatalogueFixture.DEVOPS;
import static com.toolkitatlas.catalogue.CatalogueFixture.DOCKER;
import static com.toolkitatlas.catalogue.CatalogueFixture.GO;
import static com.toolkitatlas.catalogue.CatalogueFixture.KUBERNETES;
import static com.toolkitatlas.catalogue.CatalogueFixture.MACHINE_LEARNING;
import static com.toolkitatlas.catalogue.CatalogueFixture.ML;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class SynonymsTest {

	@Test
	void aTermIsLookedUpByItsFoldedWords() {
		Synonyms synonyms = SynonymsFixture.synonyms();

		assertThat(synonyms.lookup(List.of("k8s"))).map(Synonym::term).contains("k8s");
		assertThat(synonyms.lookup(SearchQuery.words("Site  Reliability"))).map(Synonym::meaning)
			.contains(Meaning.of(DEVOPS, null, null, null));
		assertThat(synonyms.lookup(List.of("site"))).isEmpty();
		assertThat(synonyms.longestPhrase()).isEqualTo(2);
	}

	@Test
	void oneTermWrittenTwiceStandsForEverythingEachRowNames() {
		Synonyms synonyms = new Synonyms(List.of(new Synonym("Kube", Meaning.of(null, null, KUBERNETES, null)),
				new Synonym("kube", Meaning.of(null, null, DOCKER, null)),
				new Synonym("kube", Meaning.of(null, null, KUBERNETES, null))));

		assertThat(synonyms.all()).singleElement()
			.extracting(Synonym::meaning)
			.isEqualTo(new Meaning(List.of(), List.of(), List.of(KUBERNETES, DOCKER), List.of()));
	}

	@Test
	void aMeaningNamesItsEntriesRolesFirst() {
		assertThat(Meaning.of(ML, MACHINE_LEARNING, KUBERNETES, GO).names())
			.containsExactly("Machine Learning Engineer", "Machine learning", "Kubernetes", "Go");
		assertThat(Meaning.of(null, null, null, null).names()).isEmpty();
	}

	@Test
	void theListOfShortFormsReadsAsEveryTermWithTheNamesItStandsFor() {
		Synonyms synonyms = new Synonyms(List.of(new Synonym("k8s", Meaning.of(null, null, KUBERNETES, null)),
				new Synonym("ml", Meaning.of(ML, MACHINE_LEARNING, null, null)),
				new Synonym("<b>&", Meaning.of(null, null, DOCKER, null))));

		Document list = Jsoup.parseBodyFragment("<dl>" + synonyms.listMarkup() + "</dl>");

		assertThat(list.select("dl > div"))
			.extracting(entry -> entry.selectFirst("dt").text(), entry -> entry.selectFirst("dd").text())
			.containsExactlyElementsOf(synonyms.all()
				.stream()
				.map(synonym -> tuple(synonym.term(), String.join(", ", synonym.meaning().names())))
				.toList());
		assertThat(list.select("dl > div")).hasSize(3);
		assertThat(list.select("b")).as("a term is text, never markup").isEmpty();
	}

	@Test
	void noSynonymsMeansNoPhraseToLookFor() {
		assertThat(new Synonyms(List.of()).longestPhrase()).isZero();
		assertThat(new Synonyms(List.of()).all()).isEmpty();
	}

	@Test
	void highlightedTextKeepsItsTextWhateverIsMarked() {
		assertThat(Highlighted.plain("Go").marked()).isFalse();
		assertThat(Highlighted.whole("Go").marked()).isTrue();
		assertThat(Highlighted.whole("Go").text()).isEqualTo("Go");
		assertThat(FoldedText.of("Go").highlight(List.of("zz"))).isEqualTo(Highlighted.plain("Go"));
		assertThat(FoldedText.of("Docker and docker").highlight(List.of("docker")).segments()).containsExactly(
				new Highlighted.Segment("Docker", true), new Highlighted.Segment(" and ", false),
				new Highlighted.Segment("docker", true));
	}

}
