package com.toolkitatlas.journey;

import java.util.List;

import com.toolkitatlas.support.Browser;
import com.toolkitatlas.support.BrowserTest;
import com.toolkitatlas.support.PageType;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Journey 7: every page type with JavaScript turned off still does its job. It shows
 * every section it shows with JavaScript, its forms can be sent, and it offers no control
 * that only a script could make work. (The filter and the questionnaire are sent without
 * JavaScript in their own journeys.)
 */
@BrowserTest
class NoJavaScriptJourneyTest {

	private static final String HEADINGS = """
			return [...document.querySelectorAll('main h1, main h2, main h3')]
			    .filter(h => h.getClientRects().length > 0).map(h => h.innerText.trim());""";

	/**
	 * Forms without a way to send them, and controls that need a script: pseudo-links and
	 * bare buttons.
	 */
	private static final String SCRIPT_ONLY_CONTROLS = """
			const problems = [], shown = el => el.getClientRects().length > 0;
			const submit = 'button:not([type=button]):not([type=reset]), input[type=submit], input[type=image]';
			for (const form of document.forms) {
			    if (shown(form) && ![...form.querySelectorAll(submit)].some(shown)) {
			        problems.push('a form (' + (form.getAttribute('aria-label') || form.action) + ') has no submit button');
			    }
			}
			for (const link of document.querySelectorAll('a')) {
			    const href = link.getAttribute('href');
			    if (shown(link) && (href === null || href === '#' || href.startsWith('javascript:'))) {
			        problems.push('link "' + link.innerText.trim() + '" leads nowhere without a script');
			    }
			}
			for (const button of document.querySelectorAll('button[type=button]')) {
			    if (shown(button)) problems.push('button "' + button.innerText.trim() + '" does nothing without a script');
			}
			return problems;""";

	@ParameterizedTest(name = "{0}")
	@EnumSource(PageType.class)
	void everyPageDoesItsJobWithoutJavaScript(PageType type, Browser browser) {
		List<String> withScripts = browser.open(type.path()).settle().script(HEADINGS);

		browser.withoutJavaScript().open(type.path());

		assertThat(browser.title()).isNotBlank();
		assertThat(browser.find("h1").isDisplayed()).isTrue();
		assertThat(browser.<List<String>>script(HEADINGS)).as("sections shown without JavaScript on " + type.path())
			.containsExactlyElementsOf(withScripts);
		assertThat(browser.<List<String>>script(SCRIPT_ONLY_CONTROLS)).as("script-only controls on " + type.path())
			.isEmpty();
	}

}
