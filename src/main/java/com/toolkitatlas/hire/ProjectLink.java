package com.toolkitatlas.hire;

import com.toolkitatlas.catalogue.Importance;
import com.toolkitatlas.catalogue.Items.UseCase;
import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.html.Markup;

/**
 * A role a kind of project needs, and what in the catalogue says so: one of the role's
 * use cases, or a phrase of its "when to hire" text.
 *
 * @param importance CORE where the project is what the role is hired for, SECONDARY where
 * the role helps with a part of it
 * @param useCase the use case cited, or null where the hiring text is
 * @param hiringPhrase the phrase of the role's "when to hire" text cited, or null where a
 * use case is
 */
public record ProjectLink(Role role, Importance importance, UseCase useCase, String hiringPhrase) {

	public ProjectLink {
		if ((useCase == null) == (hiringPhrase == null)) {
			throw new IllegalArgumentException("A project link cites either a use case or a hiring phrase");
		}
	}

	public boolean core() {
		return importance == Importance.CORE;
	}

	public boolean citesUseCase() {
		return useCase != null;
	}

	/** What the link rests on, as a page quotes it. */
	public String citation() {
		return citesUseCase() ? "Use case: " + useCase.title() : "When to hire: “" + hiringPhrase + "”";
	}

	/**
	 * The {@link #citation()} written into markup, its quotation marks as references: as
	 * characters beyond Latin-1 they would widen the builder to two bytes a character for
	 * the rest of the page's table (bench/RESULTS.md, thirteenth round, h19b).
	 */
	public Markup writeCitation(Markup html) {
		return citesUseCase() ? html.text("Use case: " + useCase.title())
				: html.tag("When to hire: &ldquo;").text(hiringPhrase).tag("&rdquo;");
	}

}
