package com.toolkitatlas.web;

import java.util.stream.Stream;

import com.toolkitatlas.support.Page;
import com.toolkitatlas.support.PageType;
import com.toolkitatlas.support.Site;
import com.toolkitatlas.support.WebTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages leave without the templates' indentation ({@link TrimmedTemplates}): no line of
 * any page type starts with a space or a tab. (No template has a {@code <pre>} or a
 * {@code <textarea>}, whose content would keep it: TrimmedTemplatesTest.)
 */
@WebTest
class TrimmedPagesTest {

	@Autowired
	Site site;

	@Test
	void noLineOfAnyPageIsIndented() {
		Stream.of(PageType.values()).forEach(type -> {
			Page page = site.get(type.path());
			assertThat(page.body()).as(type.toString()).isNotBlank().doesNotContain("<pre", "<textarea");
			assertThat(page.body().lines()).as(type.toString())
				.noneMatch(line -> line.startsWith(" ") || line.startsWith("\t"));
		});
	}

}
