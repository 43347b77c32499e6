package com.toolkitatlas.fit;

import com.toolkitatlas.catalogue.Catalogue;
import com.toolkitatlas.filter.RoleFilterParser;
import com.toolkitatlas.filter.SynonymsFixture;
import com.toolkitatlas.hire.HiringGuideFixture;

/**
 * The parser and services of fit over the fixture catalogue
 * ({@link com.toolkitatlas.catalogue.CatalogueFixture}), for plain unit tests.
 */
public final class FitFixture {

	private FitFixture() {
	}

	/** The parser, with the role filter's corrections and short forms. */
	public static KnownItemsParser parser(Catalogue catalogue) {
		return new KnownItemsParser(catalogue, new RoleFilterParser(catalogue, SynonymsFixture.synonyms(),
				HiringGuideFixture.oneKindPerRole(catalogue)));
	}

	public static FitService service(Catalogue catalogue) {
		return new FitService(catalogue, parser(catalogue), SynonymsFixture.synonyms());
	}

}
