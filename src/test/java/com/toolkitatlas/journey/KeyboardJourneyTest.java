package com.toolkitatlas.journey;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.toolkitatlas.catalogue.Catalogue;
import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.support.Browser;
import com.toolkitatlas.support.BrowserTest;
import com.toolkitatlas.support.PageType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Journey 5: the site by keyboard alone. Every page starts with a skip link to its main
 * content and shows where the focus is; the role filter and the questionnaire can be
 * filled in and sent with the keyboard, every control reached by Tab and labelled.
 */
@BrowserTest
class KeyboardJourneyTest {

	/**
	 * Focuses every focusable element that is shown (not in a closed {@code <details>},
	 * say) in turn and names those that show no focus: no :focus-visible, no change of
	 * look, or no ring (an outline of 2 px or more, or a shadow). Runs after a real Tab
	 * press, so the browser treats the focus as keyboard focus.
	 */
	private static final String INVISIBLE_FOCUS = """
			const focusable = 'a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';
			const look = el => { const s = getComputedStyle(el);
			    return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow, s.backgroundColor, s.borderColor].join(' '); };
			const problems = [];
			for (const el of document.querySelectorAll(focusable)) {
			    if (el.disabled || !el.checkVisibility({visibilityProperty: true})) continue;
			    const name = el.tagName.toLowerCase() + ' "' + (el.innerText || el.value || el.getAttribute('aria-label') || '').trim().slice(0, 40) + '"';
			    if (document.activeElement === el) el.blur();
			    const before = look(el);
			    el.focus({preventScroll: true});
			    if (document.activeElement !== el) { problems.push(name + ' cannot take the focus'); continue; }
			    const s = getComputedStyle(el);
			    const ring = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none';
			    if (!el.matches(':focus-visible') || look(el) === before || !ring) problems.push(name + ' shows no visible focus');
			}
			return problems;""";

	/**
	 * The focused control: name, value, type, and what labels it (a label, an ARIA name,
	 * a button's text).
	 */
	private static final String FOCUSED_CONTROL = """
			const label = [...(el.labels || [])].map(l => l.innerText.trim()).join(' ')
			    || el.getAttribute('aria-label')
			    || (el.getAttribute('aria-labelledby') || '').split(' ').map(id => document.getElementById(id)?.innerText || '').join(' ').trim()
			    || (el.tagName === 'BUTTON' ? el.innerText.trim() : el.type === 'submit' ? el.value : '');
			return [el.name || '', el.value || '', el.type || el.tagName.toLowerCase(), label];""";

	/**
	 * Where one press of Tab put the focus, in one round trip to the browser: the focused
	 * element, whether it is the summary of a closed {@code <details>} inside the given
	 * form, and, when it is a control of that form, what {@link #FOCUSED_CONTROL} says of
	 * it (else null).
	 */
	private static final String TAB_STOP = """
			const el = document.activeElement;
			const folded = el.tagName === 'SUMMARY' && !el.parentElement.open && arguments[0].contains(el);
			const control = el.form === arguments[0] ? (() => { %s })() : null;
			return [el, folded, control];""".formatted(FOCUSED_CONTROL);

	@Autowired
	Catalogue catalogue;

	@ParameterizedTest(name = "{0}")
	@EnumSource(PageType.class)
	void theFirstTabStopIsAVisibleSkipLinkToTheMainContent(PageType type, Browser browser) {
		browser.open(type.path());

		browser.press(Keys.TAB);
		WebElement skip = browser.focused();
		assertThat(skip.getText()).isEqualTo("Skip to main content");
		assertThat(skip.getRect().getY()).as("the skip link shows on screen when focused").isGreaterThanOrEqualTo(0);
		assertThat(skip.isDisplayed()).isTrue();

		browser.press(Keys.ENTER);
		browser.waiting().until(driver -> driver.getCurrentUrl().endsWith("#main"));
		assertThat(browser.focused().getTagName()).as("the focus moves to the main content").isEqualTo("main");
		browser.press(Keys.TAB);
		assertThat(browser.<Boolean>script("return document.querySelector('main').contains(document.activeElement)"))
			.as("the next Tab stop after skipping is in the main content")
			.isTrue();
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(PageType.class)
	void everyFocusableElementShowsItsFocus(PageType type, Browser browser) {
		browser.open(type.path()).press(Keys.TAB);

		assertThat(browser.<List<String>>script(INVISIBLE_FOCUS)).as("invisible focus on " + type.path()).isEmpty();
	}

	@Test
	void filterTheRolesByKeyboardAlone(Browser browser) {
		browser.open("/roles");
		WebElement form = browser.find("main form");

		List<List<String>> stops = everyControlReachedByTab(browser, form);
		assertThat(stops).as("every control of the filter is labelled").allMatch(stop -> !stop.get(3).isBlank());
		assertThat(stops).as("every filter is reachable by Tab")
			.extracting(stop -> stop.get(0))
			.contains("skill", "tool", "language", "minSalary", "q");

		browser.open("/roles");
		chooseByKeyboard(browser, "tool", "kubernetes");
		chooseByKeyboard(browser, "skill", "ci-cd");
		browser.tabTo("the button that applies the filters", "el.form && el.type === 'submit'");
		browser.press(Keys.ENTER);
		browser.settle();

		assertThat(browser.address()).contains("tool=kubernetes", "skill=ci-cd");
		assertThat(browser.findAll("main ol > li h3")).extracting(WebElement::getText)
			.containsExactlyInAnyOrderElementsOf(catalogue.roles()
				.stream()
				.filter(role -> role.tool("kubernetes").isPresent() && role.skill("ci-cd").isPresent())
				.map(Role::name)
				.toList());
	}

	@Test
	void answerTheQuestionnaireByKeyboardAlone(Browser browser) {
		browser.open("/pick");
		WebElement form = browser.find("main form");

		List<List<String>> stops = everyControlReachedByTab(browser, form);
		assertThat(stops).as("every answer is labelled").allMatch(stop -> !stop.get(3).isBlank());

		browser.open("/pick");
		browser.tabTo("a first answer", "el.form && (el.type === 'checkbox' || el.type === 'radio')");
		browser.press(Keys.SPACE);
		browser.tabTo("the button that sends the answers", "el.form && el.type === 'submit'");
		browser.press(Keys.ENTER);
		browser.settle();

		assertThat(browser.address()).startsWith("/pick?");
		assertThat(browser.findAll("main ol > li")).hasSize(catalogue.roles().size());
	}

	/**
	 * Tabs to a checkbox and ticks it with the space bar, opening on the way (with Enter)
	 * the folded group of options it lies in, if any.
	 */
	private static void chooseByKeyboard(Browser browser, String name, String value) {
		String option = "el.name === '%s' && el.value === '%s'".formatted(name, value);
		String group = "el.tagName === 'SUMMARY' && !el.parentElement.open"
				+ " && el.parentElement.querySelector(\"[name='%s'][value='%s']\")".formatted(name, value);
		WebElement reached = browser.tabTo(name + " " + value + " or the group it is folded in",
				option + " || " + group);
		if ("summary".equals(reached.getTagName())) {
			browser.press(Keys.ENTER);
			browser.tabTo(name + " " + value, option);
		}
		browser.press(Keys.SPACE);
		browser.settle();
	}

	/**
	 * Tabs through the whole page from the top, opening with Enter every folded group of
	 * the form it passes, and returns the form controls it reached (name, value, type,
	 * label), after checking that every control of the form was among them (one per radio
	 * group: Tab enters a group once, the arrow keys move inside it).
	 */
	private static List<List<String>> everyControlReachedByTab(Browser browser, WebElement form) {
		List<List<String>> stops = new ArrayList<>();
		Set<WebElement> reached = new LinkedHashSet<>();
		for (int i = 0; i < 600; i++) {
			browser.press(Keys.TAB);
			List<Object> stop = browser.script(TAB_STOP, form);
			if (!reached.add((WebElement) stop.get(0))) {
				break;
			}
			if (Boolean.TRUE.equals(stop.get(1))) {
				browser.press(Keys.ENTER);
			}
			if (stop.get(2) != null) {
				stops.add(control(stop.get(2)));
			}
		}
		List<WebElement> unreached = browser.script("""
				const reached = new Set(arguments[1]), groups = new Set();
				for (const el of arguments[1]) if (el.type === 'radio') groups.add(el.name);
				return [...arguments[0].elements].filter(el => !el.disabled && el.type !== 'hidden'
				    && el.tagName !== 'FIELDSET' && el.checkVisibility({visibilityProperty: true})
				    && !reached.has(el) && !(el.type === 'radio' && groups.has(el.name)));""", form,
				new ArrayList<>(reached));
		assertThat(unreached).as("form controls Tab never reaches").isEmpty();
		return stops;
	}

	@SuppressWarnings("unchecked")
	private static List<String> control(Object described) {
		return (List<String>) described;
	}

}
