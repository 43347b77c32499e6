package com.toolkitatlas.quality;

import com.toolkitatlas.support.HtmlChecker;
import com.toolkitatlas.support.Page;
import com.toolkitatlas.support.PageType;
import com.toolkitatlas.support.Site;
import com.toolkitatlas.support.WebTest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTML the server sends, as the Nu Html Checker (validator.w3.org/nu) judges it: no
 * errors on any page type.
 */
@WebTest
class HtmlValidityTest {

	private static final Logger log = LoggerFactory.getLogger(HtmlValidityTest.class);

	@Autowired
	Site site;

	@ParameterizedTest(name = "{0}")
	@EnumSource(PageType.class)
	void everyPageTypeIsValidHtml(PageType type) {
		Page page = site.get(type.path());
		assertThat(page.status()).as(type.path()).isEqualTo(type.status());

		HtmlChecker.Report report = HtmlChecker.shared().check(page.body());

		report.warnings().forEach(warning -> log.warn("Nu Html Checker, {}: {}", type.path(), warning));
		assertThat(report.errors()).as("Nu Html Checker errors on " + type.path()).isEmpty();
	}

}
