package com.toolkitatlas.filter;

import java.util.List;

import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.hire.ProjectKind;

/**
 * One term of a search: folded words, and what they stand for where they are a known
 * short form or name. A term finds an entry whose name contains its words (see
 * {@link FoldedText}) or which it stands for; in a role, also its use cases, its advice
 * on when to hire one, and the roles of the kinds of project whose name contains the
 * words ("fraud detection" finds the roles a fraud-detection project needs).
 *
 * @param synonym what the words stand for, or null if they are not a known term
 * @param projects the kinds of project whose name contains the words
 */
public record SearchTerm(String words, Synonyms.Meaning synonym, List<ProjectKind> projects) {

	public SearchTerm {
		projects = List.copyOf(projects);
	}

	public SearchTerm(String words, Synonyms.Meaning synonym) {
		this(words, synonym, List.of());
	}

	/** Whether the words are in this text (folded once, see {@link SearchableRole}). */
	boolean findsIn(FoldedText text) {
		return text != null && text.matches(words);
	}

	boolean findsIn(SearchableRole searchable) {
		Role role = searchable.role();
		return findsIn(searchable.name()) || findsIn(searchable.shortName())
				|| searchable.skills().stream().anyMatch(link -> findsIn(link.name()))
				|| searchable.tools().stream().anyMatch(link -> findsIn(link.name()))
				|| searchable.languages().stream().anyMatch(link -> findsIn(link.name()))
				|| synonym != null && (synonym.roles().contains(role)
						|| role.skills().stream().anyMatch(link -> synonym.skills().contains(link.skill()))
						|| role.tools().stream().anyMatch(link -> synonym.tools().contains(link.tool()))
						|| role.languages().stream().anyMatch(link -> synonym.languages().contains(link.language())))
				|| searchable.useCases()
					.stream()
					.anyMatch(useCase -> findsIn(useCase.title()) || findsIn(useCase.example()))
				|| findsIn(searchable.advice()) || projects.stream().anyMatch(kind -> kind.link(role).isPresent());
	}

}
