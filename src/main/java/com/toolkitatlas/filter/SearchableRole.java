package com.toolkitatlas.filter;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.toolkitatlas.catalogue.Items.UseCase;
import com.toolkitatlas.catalogue.Links.RoleLanguage;
import com.toolkitatlas.catalogue.Links.RoleSkill;
import com.toolkitatlas.catalogue.Links.RoleTool;
import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.catalogue.Topic;

/**
 * A role with every text the search looks in, folded once ({@link FoldedText}): its
 * names, the names of its skills, tools and languages, its use cases, and its advice on
 * when to hire one, whole and sentence by sentence. They depend on the catalogue alone,
 * which only changes with a restart; folding them again for every search was two thirds
 * of a search's cost (bench/RESULTS.md, "Rendering, tenth round"), so a search folds only
 * its own words. A text the role does not have is null.
 *
 * @param foldedName the name folded whole, as {@link FoldedText#fold} does, to tell a
 * search that is exactly the role's name
 * @param adviceSentences the sentences of the advice on when to hire one, each quoted on
 * its own where the search finds it
 */
record SearchableRole(Role role, FoldedText name, FoldedText shortName, String foldedName, String foldedShortName,
		List<Named<RoleSkill>> skills, List<Named<RoleTool>> tools, List<Named<RoleLanguage>> languages,
		List<SearchableUseCase> useCases, FoldedText advice, List<FoldedText> adviceSentences) {

	private static final Pattern SENTENCES = Pattern.compile("(?<=[.!?])\\s+");

	SearchableRole {
		skills = List.copyOf(skills);
		tools = List.copyOf(tools);
		languages = List.copyOf(languages);
		useCases = List.copyOf(useCases);
		adviceSentences = List.copyOf(adviceSentences);
	}

	static SearchableRole of(Role role) {
		String advice = role.text(Topic.WHEN_TO_HIRE);
		return new SearchableRole(role, folded(role.name()), folded(role.shortName()), foldedWhole(role.name()),
				foldedWhole(role.shortName()), named(role.skills(), link -> link.skill().name()),
				named(role.tools(), link -> link.tool().name()),
				named(role.languages(), link -> link.language().name()),
				role.useCases()
					.stream()
					.map(useCase -> new SearchableUseCase(useCase, folded(useCase.title()), folded(useCase.example())))
					.toList(),
				folded(advice),
				advice == null ? List.of() : Arrays.stream(SENTENCES.split(advice)).map(FoldedText::of).toList());
	}

	/** The role's link to this skill, if it has one, with the skill's folded name. */
	Optional<Named<RoleSkill>> skill(String slug) {
		return skills.stream().filter(link -> link.entry().skill().slug().equals(slug)).findFirst();
	}

	Optional<Named<RoleTool>> tool(String slug) {
		return tools.stream().filter(link -> link.entry().tool().slug().equals(slug)).findFirst();
	}

	Optional<Named<RoleLanguage>> language(String slug) {
		return languages.stream().filter(link -> link.entry().language().slug().equals(slug)).findFirst();
	}

	private static FoldedText folded(String text) {
		return text == null ? null : FoldedText.of(text);
	}

	private static String foldedWhole(String text) {
		return text == null ? null : FoldedText.fold(text);
	}

	private static <T> List<Named<T>> named(List<T> entries, Function<T, String> name) {
		return entries.stream().map(entry -> new Named<>(entry, FoldedText.of(name.apply(entry)))).toList();
	}

	/** A use case of the role, its title and example folded; the example may be null. */
	record SearchableUseCase(UseCase useCase, FoldedText title, FoldedText example) {

		/** The title and the example, those the use case has. */
		List<FoldedText> texts() {
			return Stream.of(title, example).filter(Objects::nonNull).toList();
		}
	}

}
