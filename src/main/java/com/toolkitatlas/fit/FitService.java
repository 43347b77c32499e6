package com.toolkitatlas.fit;

import com.toolkitatlas.catalogue.Catalogue;
import com.toolkitatlas.filter.Synonyms;

import org.springframework.stereotype.Service;

/**
 * Where a person fits, from what they know: every role ranked by {@linkplain RoleFit
 * importance-weighted coverage} of its toolkit, and what to learn next. The page and the
 * JSON API both answer from here.
 */
@Service
public class FitService {

	private final Catalogue catalogue;

	private final KnownItemsParser parser;

	private final ShortForms shortForms;

	public FitService(Catalogue catalogue, KnownItemsParser parser, Synonyms synonyms) {
		this.catalogue = catalogue;
		this.parser = parser;
		this.shortForms = ShortForms.of(synonyms);
	}

	/**
	 * What the request says the person knows, or a 400 naming what it could not read.
	 * @param path the page the request was for, for the addresses of corrections
	 */
	public KnownItems read(KnownRequest request, String path) {
		return parser.parse(request, path);
	}

	public FitPage page(KnownItems known) {
		return new FitPage(FitForm.of(catalogue, known, shortForms), known,
				known.isEmpty() ? null : FitRanking.of(catalogue.roles(), known));
	}

	/** The ranking as the JSON API returns it; with nothing known, every fit is zero. */
	public FitResource resource(KnownItems known) {
		return FitResource.of(FitRanking.of(catalogue.roles(), known));
	}

}
