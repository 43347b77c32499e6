package com.toolkitatlas.support;

import com.toolkitatlas.catalogue.Catalogue;
import com.toolkitatlas.catalogue.CatalogueFixture;
import com.toolkitatlas.filter.Synonyms;
import com.toolkitatlas.filter.SynonymsFixture;
import com.toolkitatlas.pick.PickGuide;
import com.toolkitatlas.pick.PickGuideFixture;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The fixture catalogue, its how-to-pick guide and its short forms as beans, in place of
 * what the application reads from the database at start-up.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FixtureConfiguration {

	@Bean
	Catalogue catalogue() {
		return CatalogueFixture.catalogue();
	}

	@Bean
	PickGuide pickGuide(Catalogue catalogue) {
		return PickGuideFixture.guide(catalogue);
	}

	@Bean
	Synonyms synonyms() {
		return SynonymsFixture.synonyms();
	}

}
