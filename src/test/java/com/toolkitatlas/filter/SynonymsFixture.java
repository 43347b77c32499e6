package com.toolkitatlas.filter;

import java.util.List;

import com.toolkitatlas.filter.Synonyms.Meaning;
import com.toolkitatlas.filter.Synonyms.Synonym;

import static com.toolkitatlas.catalogue.CatalogueFixture.DEVOPS;
import static com.toolkitatlas.catalogue.CatalogueFixture.GO;
import static com.toolkitatlas.catalogue.CatalogueFixture.KUBERNETES;
import static com.toolkitatlas.catalogue.CatalogueFixture.MACHINE_LEARNING;
import static com.toolkitatlas.catalogue.CatalogueFixture.ML;
import static com.toolkitatlas.catalogue.CatalogueFixture.POSTGRESQL;

/**
 * The short forms the search understands over the fixture catalogue
 * ({@link com.toolkitatlas.catalogue.CatalogueFixture}).
 */
public final class SynonymsFixture {

	private SynonymsFixture() {
	}

	public static Synonyms synonyms() {
		return new Synonyms(List.of(new Synonym("k8s", Meaning.of(null, null, KUBERNETES, null)),
				new Synonym("postgres", Meaning.of(null, null, POSTGRESQL, null)),
				new Synonym("golang", Meaning.of(null, null, null, GO)),
				new Synonym("ml", Meaning.of(ML, MACHINE_LEARNING, null, null)),
				new Synonym("site reliability", Meaning.of(DEVOPS, null, null, null))));
	}

}
