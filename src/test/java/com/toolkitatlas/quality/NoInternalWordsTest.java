package com.toolkitatlas.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.toolkitatlas.catalogue.Catalogue;
import com.toolkitatlas.catalogue.RolePair;
import com.toolkitatlas.support.Page;
import com.toolkitatlas.support.PageType;
import com.toolkitatlas.support.Site;
import com.toolkitatlas.support.WebTest;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Readers never meet the project's own word for the three documents that define the
 * roles: every page type, and every profile, alternatives and pair page of the catalogue,
 * is read as a person meets it (text, title, description, labels) for "seed". A "random
 * seed", the machine-learning term, is a word of the trade and stays.
 */
@WebTest
class NoInternalWordsTest {

	private static final Pattern INTERNAL = Pattern.compile("(?i)(?<!random )\\bseed");

	@Autowired
	Site site;

	@Autowired
	Catalogue catalogue;

	@Test
	void noPageSaysSeed() {
		List<String> paths = new ArrayList<>();
		for (PageType type : PageType.values()) {
			paths.add(type.path());
		}
		catalogue.roles().forEach(role -> {
			paths.add("/roles/" + role.slug());
			paths.add("/roles/" + role.slug() + "/alternatives");
		});
		catalogue.pairs().stream().map(RolePair::path).forEach(paths::add);

		for (String path : paths) {
			Page page = site.get(path);
			assertThat(readable(page)).as(path).doesNotContainPattern(INTERNAL);
		}
	}

	@Test
	void theDocumentsThatDefineTheRolesAreDescribedForWhatTheyAre() {
		catalogue.sources()
			.stream()
			.filter(source -> !source.hasUrl())
			.forEach(source -> assertThat(source.title()).as(source.code()).startsWith("Undated"));
	}

	private static String readable(Page page) {
		StringBuilder text = new StringBuilder(page.document().title()).append('\n').append(page.text());
		for (Element labelled : page.document().select("[aria-label], [title], [alt], meta[name=description]")) {
			text.append('\n')
				.append(labelled.attr("aria-label"))
				.append(labelled.attr("title"))
				.append(labelled.attr("alt"))
				.append(labelled.attr("content"));
		}
		return text.toString();
	}

}
