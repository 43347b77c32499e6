package com.toolkitatlas.journey;

import java.util.List;

import com.toolkitatlas.catalogue.Catalogue;
import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.catalogue.RolePair;
import com.toolkitatlas.support.Browser;
import com.toolkitatlas.support.Browser.Viewport;
import com.toolkitatlas.support.BrowserTest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The answer comes first: a pair page's verdict, a profile's pay and core toolkit and the
 * first ranked alternative within the first screen and a half of a desktop, and on a
 * phone the first result of a filter before the filters.
 */
@BrowserTest
class AnswerFirstJourneyTest {

	/** A desktop screen and a half, in CSS pixels. */
	private static final double SCREEN_AND_A_HALF = 900 * 1.5;

	private static final String BOTTOM = "const r = document.querySelector(arguments[0]).getBoundingClientRect();"
			+ " return r.bottom + window.scrollY;";

	private static final String TOP = "const r = document.querySelector(arguments[0]).getBoundingClientRect();"
			+ " return r.top + window.scrollY;";

	@Autowired
	Catalogue catalogue;

	@Test
	void everyPairPageGivesItsVerdictWithinTheFirstScreenAndAHalfOfADesktop(Browser browser) {
		for (RolePair pair : catalogue.pairs()) {
			browser.open(pair.path());

			String choose = browser.find("#choose").getText();
			for (Role role : List.of(pair.first(), pair.second())) {
				assertThat(choose).as(pair.path()).contains("Choose " + role.name() + " if " + role.chooseIf());
			}
			assertThat(position(browser, BOTTOM, "#choose")).as(pair.path() + ": bottom of the verdict")
				.isLessThanOrEqualTo(SCREEN_AND_A_HALF);
			assertThat(position(browser, TOP, "#at-a-glance")).as(pair.path() + ": the details follow the answer")
				.isGreaterThan(position(browser, BOTTOM, "#choose"));
		}
	}

	@Test
	void onPaperTheSummaryAndTheVerdictComeFirstToo(Browser browser) {
		browser.open("/compare/ml-engineer-vs-backend-engineer").printing(true);
		try {
			assertThat(browser.find("#answer").isDisplayed()).isTrue();
			assertThat(browser.find("#choose").isDisplayed()).isTrue();
			assertThat(position(browser, BOTTOM, "#choose")).as("the verdict before the first section")
				.isLessThan(position(browser, TOP, "#at-a-glance"));
			assertThat(position(browser, TOP, "#answer")).as("the answer right under the title")
				.isLessThan(position(browser, TOP, "#difference"));
		}
		finally {
			browser.printing(false);
		}
	}

	@Test
	void everyProfileShowsWhoItIsForItsPayAndItsCoreToolkitFirst(Browser browser) {
		for (Role role : catalogue.roles()) {
			browser.open("/roles/" + role.slug());

			String glance = browser.find("#at-a-glance").getText();
			assertThat(glance).as(role.slug()).contains(role.bestFor()).contains(role.headlineSalary().summary());
			role.coreTools().forEach(link -> assertThat(glance).as(role.slug()).contains(link.tool().name()));
			assertThat(position(browser, BOTTOM, "#at-a-glance .answer__roles")).as(role.slug())
				.isLessThanOrEqualTo(SCREEN_AND_A_HALF);
		}
	}

	@Test
	void theAlternativesPageShowsTheFirstRankedRoleInTheFirstScreen(Browser browser) {
		for (Role role : catalogue.roles()) {
			browser.open("/roles/" + role.slug() + "/alternatives");

			assertThat(position(browser, TOP, ".alt-list > li")).as(role.slug()).isLessThan(900);
		}
	}

	@ParameterizedTest(name = "JavaScript on: {0}")
	@ValueSource(booleans = { true, false })
	void onAPhoneTheFirstResultComesBeforeTheFiltersWhichFoldBehindOneControl(boolean javaScript, Browser browser) {
		if (!javaScript) {
			browser.withoutJavaScript();
		}
		browser.at(Viewport.NARROW_PHONE).open("/roles?tool=kubernetes");
		assertThat(position(browser, TOP, ".result-list > li")).as("the first result, on a phone 375 by 812 px")
			.isLessThan(Viewport.NARROW_PHONE.height());
		browser.at(Viewport.PHONE);
		assertThat(position(browser, TOP, ".result-list > li")).as("the first result, on a phone 390 by 844 px")
			.isLessThan(Viewport.PHONE.height());

		int chosen = browser.findAll(".applied__list .chip:not(.chip--clear)").size();
		WebElement control = browser.find(".filter-panel > summary");
		assertThat(control.getText()).isEqualTo("Filters (" + chosen + ")");
		assertThat(browser.find("#filter-q").isDisplayed()).as("folded").isFalse();

		control.click();
		assertThat(browser.find("#filter-q").isDisplayed()).as("unfolded").isTrue();
		WebElement form = browser.find("main form");
		browser.choose(form, "Docker");
		if (javaScript) {
			browser.waiting().until(driver -> browser.address().contains("tool=docker"));
			browser.settle();
		}
		else {
			browser.submit(form);
		}
		assertThat(browser.address()).contains("tool=kubernetes", "tool=docker");
		assertThat(browser.find(".filter-panel > summary").getText()).isEqualTo("Filters (" + (chosen + 1) + ")");
		assertThat(browser.consoleErrors()).isEmpty();
	}

	/**
	 * Reads the page's stylesheet again as a browser without {@code ::details-content}
	 * does (Chromium before 131, Safari before 18.4, Firefox before 143): a rule whose
	 * selector names it is dropped, as an unknown pseudo-element invalidates it,
	 * {@code @supports selector(::details-content)} is false and its negation true.
	 * Chromium cannot be started without the feature, so the test rewrites the style
	 * rules in place (the CSS object model is not bound by the page's CSP).
	 */
	private static final String AS_WITHOUT_DETAILS_CONTENT = """
			const rewrite = group => {
			    for (let i = group.cssRules.length - 1; i >= 0; i--) {
			        const rule = group.cssRules[i];
			        if (rule instanceof CSSSupportsRule && rule.conditionText.includes('::details-content')) {
			            const inner = [...rule.cssRules].map(r => r.cssText);
			            group.deleteRule(i);
			            if (rule.conditionText.trim().startsWith('not')) inner.reverse().forEach(text => group.insertRule(text, i));
			        } else if (rule.selectorText && rule.selectorText.includes('::details-content')) {
			            group.deleteRule(i);
			        } else if (rule.cssRules) {
			            rewrite(rule);
			        }
			    }
			};
			for (const sheet of document.styleSheets) rewrite(sheet);""";

	@ParameterizedTest(name = "JavaScript on: {0}")
	@ValueSource(booleans = { true, false })
	void onADesktopTheFiltersShowBesideTheResultsOrWithoutDetailsContentAreOneVisibleClickAway(boolean javaScript,
			Browser browser) {
		if (!javaScript) {
			browser.withoutJavaScript();
		}
		browser.open("/roles?tool=kubernetes");
		WebElement control = browser.find(".filter-panel > summary");
		assertThat(drawn(browser, "#filter-q")).as("shown beside the results").isTrue();

		browser.script(AS_WITHOUT_DETAILS_CONTENT);
		if (javaScript) {
			assertThat(drawn(browser, "#filter-q")).as("unfolded by roles-filter.js").isTrue();
			assertThat(control.isDisplayed()).isFalse();
			return;
		}
		assertThat(drawn(browser, "#filter-q")).as("a closed <details> keeps its content hidden").isFalse();
		assertThat(control.isDisplayed()).as("never hidden without a control").isTrue();
		assertThat(control.getText())
			.isEqualTo("Filters (" + browser.findAll(".applied__list .chip:not(.chip--clear)").size() + ")");
		assertThat(control.getCssValue("background-color")).as("drawn as a button").isNotEqualTo("rgba(0, 0, 0, 0)");
		control.click();
		assertThat(drawn(browser, "#filter-q")).as("one click away").isTrue();
	}

	@Test
	void searchingAndShowingTheRolesAtOnceLogsNoErrorAndShowsTheLastQuery(Browser browser) {
		List<String> queries = List.of("python", "kubernetes", "sql", "docker", "spark");
		browser.open("/roles");
		String last = queries.get(queries.size() - 1);
		// Twenty searches typed and sent faster than any answer comes back: each round
		// changes the box as typing does and presses the button, in the page itself, so
		// that the rounds overlap as much as a quick person's could, and more.
		browser.script("""
				const [queries, rounds] = arguments;
				const search = document.querySelector('#filter-q');
				const button = document.querySelector('main form button[type=submit]');
				for (let i = 0; i < rounds; i++) {
				    search.value = queries[i % queries.length];
				    search.dispatchEvent(new Event('input', { bubbles: true }));
				    button.click();
				}
				""", queries, 20);
		browser.waiting().until(driver -> browser.address().endsWith("q=spark"));
		browser.settle();
		List<String> shown = titles(browser);

		assertThat(browser.consoleErrors()).as("an aborted request is not an error").isEmpty();
		browser.open("/roles?q=" + last);
		assertThat(shown).as("the results of the last query").isEqualTo(titles(browser)).isNotEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/roles/ml-engineer", "/roles/data-engineer", "/compare/ml-engineer-vs-backend-engineer" })
	void payChartsFitTheirScaleToTheirFiguresWithLabelsCentredOnTheirTicks(String path, Browser browser) {
		browser.open(path);

		List<String> problems = browser
			.script("""
					const problems = [];
					for (const chart of document.querySelectorAll('.salary-chart')) {
					    const scale = chart.querySelector('svg.salary-chart__scale');
					    if (!scale) continue; // an official distribution, drawn with its own axis
					    const axis = scale.getBoundingClientRect();
					    const ticks = [...scale.querySelectorAll('.salary-chart__tick')].map(t => t.getBoundingClientRect());
					    for (const label of scale.querySelectorAll('.salary-chart__tick-label')) {
					        const box = label.getBoundingClientRect(), centre = box.left + box.width / 2;
					        if (!ticks.some(t => Math.abs(t.left + t.width / 2 - centre) < 1.5)) {
					            problems.push(label.textContent + ' is not centred on a tick');
					        }
					    }
					    let furthest = 0;
					    for (const mark of chart.querySelectorAll('tbody .salary-chart__band, tbody .salary-chart__point')) {
					        const box = mark.getBoundingClientRect(), bar = mark.closest('svg').getBoundingClientRect();
					        const end = (mark.classList.contains('salary-chart__point') ? box.left + box.width / 2 : box.right) - bar.left;
					        if (end > bar.width + 1) problems.push('a figure runs past the end of the scale');
					        furthest = Math.max(furthest, end / bar.width);
					    }
					    if (furthest < 0.8) problems.push('the largest figure ends at ' + Math.round(furthest * 100) + '% of the scale');
					}
					return problems;""");

		assertThat(browser.findAll(".salary-chart")).isNotEmpty();
		assertThat(problems).isEmpty();
	}

	private static double position(Browser browser, String script, String css) {
		Number value = browser.script(script, css);
		return value.doubleValue();
	}

	/**
	 * Whether an element is drawn on the screen. Selenium's isDisplayed() takes anything
	 * in a closed {@code <details>} for hidden, even where the stylesheet shows it.
	 */
	private static boolean drawn(Browser browser, String css) {
		return browser.<Boolean>script("""
				const el = document.querySelector(arguments[0]), box = el.getBoundingClientRect();
				return el.checkVisibility({visibilityProperty: true}) && box.width > 0 && box.height > 0;""", css);
	}

	private static List<String> titles(Browser browser) {
		return browser.findAll(".result__title").stream().map(WebElement::getText).toList();
	}

}
