package com.toolkitatlas.fit;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.toolkitatlas.catalogue.Catalogue;
import com.toolkitatlas.catalogue.Role;
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

	/**
	 * The form with nothing ticked, its checkboxes written, worked out once: it depends
	 * on the catalogue alone, which is loaded at start-up (a changed catalogue means a
	 * restart). Building and writing it on every request was a fifth of the uncached
	 * {@code /fit} page (bench/RESULTS.md, "Rendering, sixth round").
	 */
	private final FitForm form;

	/**
	 * Every role's items grouped and written as the ranking prints them, worked out once
	 * for the same reason ({@link PrintedToolkits}).
	 */
	private final PrintedToolkits toolkits;

	/**
	 * Every role's toolkit, by the role's slug ({@link KnownItems#needsOf}), worked out
	 * once for the same reason.
	 */
	private final Map<String, List<Need>> needs;

	public FitService(Catalogue catalogue, KnownItemsParser parser, Synonyms synonyms) {
		this.catalogue = catalogue;
		this.parser = parser;
		this.form = FitForm.of(catalogue, ShortForms.of(synonyms));
		this.toolkits = new PrintedToolkits(catalogue.roles());
		this.needs = catalogue.roles().stream().collect(Collectors.toUnmodifiableMap(Role::slug, KnownItems::needsOf));
	}

	/**
	 * What the request says the person knows, or a 400 naming what it could not read.
	 * @param path the page the request was for, for the addresses of corrections
	 */
	public KnownItems read(KnownRequest request, String path) {
		return parser.parse(request, path);
	}

	public FitPage page(KnownItems known) {
		return new FitPage(form.ticking(known), known, known.isEmpty() ? null : ranking(known), toolkits);
	}

	/** The ranking as the JSON API returns it; with nothing known, every fit is zero. */
	public FitResource resource(KnownItems known) {
		return FitResource.of(ranking(known));
	}

	private FitRanking ranking(KnownItems known) {
		return FitRanking.of(catalogue.roles(), role -> needs.get(role.slug()), known);
	}

}
