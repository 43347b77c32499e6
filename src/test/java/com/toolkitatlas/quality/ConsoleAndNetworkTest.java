package com.toolkitatlas.quality;

import com.toolkitatlas.support.Browser;
import com.toolkitatlas.support.BrowserTest;
import com.toolkitatlas.support.PageType;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page type loads without an error in the browser console, and everything it loads
 * comes from the site itself: no CDN, no font service, no analytics. (The browser cannot
 * reach other hosts anyway; this says so early.)
 */
@BrowserTest
class ConsoleAndNetworkTest {

	@ParameterizedTest(name = "{0}")
	@EnumSource(PageType.class)
	void noConsoleErrorsAndNoRequestLeavesTheSite(PageType type, Browser browser) {
		browser.open(type.path()).settle();
		String self = browser.base() + type.path();

		assertThat(browser.requests()).as("requests made by " + type.path())
			.isNotEmpty()
			.allMatch(url -> url.startsWith(browser.base() + "/") || url.startsWith("data:"));
		assertThat(browser.consoleErrors()).as("console errors on " + type.path())
			// An error page is sent with its error status, which Chromium reports;
			// nothing else may be.
			.filteredOn(message -> type.status() == 200 || !message.startsWith(self + " - Failed to load resource"))
			.isEmpty();
	}

}
