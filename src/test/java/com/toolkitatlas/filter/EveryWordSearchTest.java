package com.toolkitatlas.filter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import com.toolkitatlas.catalogue.Catalogue;
import com.toolkitatlas.catalogue.Items.UseCase;
import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.catalogue.Topic;
import com.toolkitatlas.support.WebTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every word a reader sees in a role's name, its skills, tools and languages, its use
 * cases and its advice on when to hire one finds the role, and the result quotes where: a
 * reason of that kind whose text is the name, title or sentence as written, with the word
 * marked in it. The texts the search looks in are folded once, when the service is made;
 * this holds them to the catalogue's own texts, entry by entry.
 */
@WebTest
class EveryWordSearchTest {

	private static final Pattern SENTENCES = Pattern.compile("(?<=[.!?])\\s+");

	@Autowired
	Catalogue catalogue;

	@Autowired
	RoleFilterService filters;

	@Test
	void everyWordOfARoleFindsItAndIsMarkedWhereItStands() {
		int searched = 0;
		for (Role role : catalogue.roles()) {
			for (Quoted quoted : quotedTexts(role)) {
				for (String word : SearchQuery.words(quoted.text())) {
					SearchQuery query = SearchQuery.parse(word, new Synonyms(List.of()));
					if (query.terms().isEmpty()) {
						continue; // a linking word ("and", "with") searches for nothing
					}
					RoleSearch search = filters.search(new FilterRequest(null, null, null, null, word, null));
					RoleResult result = search.results()
						.stream()
						.filter(found -> found.role().equals(role))
						.findFirst()
						.orElseThrow(() -> new AssertionError("“" + word + "” of " + quoted.kind() + " “"
								+ quoted.text() + "” does not find " + role.slug()));
					assertThat(result.reasons())
						.as("“%s” in %s “%s” of %s", word, quoted.kind(), quoted.text(), role.slug())
						.anyMatch(reason -> reason.kind().equals(quoted.kind())
								&& reason.name().text().equals(quoted.text()) && marksTheWord(reason.name(), word));
					searched++;
				}
			}
		}
		assertThat(searched).as("words searched").isGreaterThan(catalogue.roles().size() * 20);
	}

	@Test
	void theWholeNameOfARoleRanksItFirstWithItsNameMarked() {
		for (Role role : catalogue.roles()) {
			for (String name : List.of(role.name(), role.shortName(), role.name().toUpperCase())) {
				RoleSearch search = filters.search(new FilterRequest(null, null, null, null, name, null));

				assertThat(search.results()).as(name).isNotEmpty();
				assertThat(search.results().get(0).role()).as(name).isEqualTo(role);
				assertThat(search.results().get(0).name().marked()).as(name).isTrue();
			}
		}
	}

	/** A word is marked where a marked piece of the text, folded, starts with it. */
	private static boolean marksTheWord(Highlighted text, String word) {
		String stem = word.length() >= 4 && word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
		return text.segments()
			.stream()
			.anyMatch(segment -> segment.marked() && FoldedText.fold(segment.text()).startsWith(stem));
	}

	/**
	 * The role's texts as its results quote them: the kind of reason and the text as
	 * written.
	 */
	private static List<Quoted> quotedTexts(Role role) {
		List<Quoted> texts = new ArrayList<>();
		texts.add(new Quoted("Name", role.name()));
		role.skills().forEach(link -> texts.add(new Quoted("Skill", link.skill().name())));
		role.tools().forEach(link -> texts.add(new Quoted("Tool", link.tool().name())));
		role.languages().forEach(link -> texts.add(new Quoted("Language", link.language().name())));
		role.useCases().stream().map(UseCase::title).forEach(title -> texts.add(new Quoted("Use case", title)));
		Arrays.stream(SENTENCES.split(role.text(Topic.WHEN_TO_HIRE)))
			.forEach(sentence -> texts.add(new Quoted("When to hire", sentence)));
		return texts;
	}

	private record Quoted(String kind, String text) {
	}

}
