package com.toolkitatlas.quality;

import com.toolkitatlas.support.Browser;
import com.toolkitatlas.support.Browser.Viewport;
import com.toolkitatlas.support.BrowserTest;
import com.toolkitatlas.support.PageType;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core, the engine behind most accessibility checkers, finds nothing wrong on any
 * page type: on a desktop in the light colour scheme, and on a phone in the dark one
 * (contrast is checked in both; scrolling regions on a phone).
 */
@BrowserTest
class AccessibilityTest {

	@ParameterizedTest(name = "{0}")
	@EnumSource(PageType.class)
	void noViolationsOnADesktopInTheLightScheme(PageType type, Browser browser) {
		browser.open(type.path());

		assertThat(browser.accessibilityViolations()).as("axe-core on " + type.path()).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(PageType.class)
	void noViolationsOnAPhoneInTheDarkScheme(PageType type, Browser browser) {
		browser.at(Viewport.PHONE).inDarkMode().open(type.path());

		assertThat(browser.accessibilityViolations()).as("axe-core on " + type.path()).isEmpty();
	}

}
