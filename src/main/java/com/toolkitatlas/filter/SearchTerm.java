package com.toolkitatlas.filter;

import java.util.List;

import com.toolkitatlas.catalogue.Items.UseCase;
import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.catalogue.Topic;
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

	boolean findsInName(String name) {
		return name != null && FoldedText.of(name).matches(words);
	}

	boolean findsIn(Role role) {
		return findsInName(role.name()) || findsInName(role.shortName())
				|| role.skills().stream().anyMatch(link -> findsInName(link.skill().name()))
				|| role.tools().stream().anyMatch(link -> findsInName(link.tool().name()))
				|| role.languages().stream().anyMatch(link -> findsInName(link.language().name()))
				|| synonym != null && (synonym.roles().contains(role)
						|| role.skills().stream().anyMatch(link -> synonym.skills().contains(link.skill()))
						|| role.tools().stream().anyMatch(link -> synonym.tools().contains(link.tool()))
						|| role.languages().stream().anyMatch(link -> synonym.languages().contains(link.language())))
				|| role.useCases().stream().anyMatch(this::findsIn) || findsInName(role.text(Topic.WHEN_TO_HIRE))
				|| projects.stream().anyMatch(kind -> kind.link(role).isPresent());
	}

	boolean findsIn(UseCase useCase) {
		return findsInName(useCase.title()) || findsInName(useCase.example());
	}

}
