package com.toolkitatlas.journey;

import java.util.List;

import com.toolkitatlas.catalogue.Catalogue;
import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.support.Browser;
import com.toolkitatlas.support.BrowserTest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Journey 2: filter the roles by a tool and a skill with the form, open a result, come
 * back. With JavaScript the results change in place and the address bar follows; without
 * it the form is sent as a plain GET. Either way the address holds the whole state.
 */
@BrowserTest
class FilterRolesJourneyTest {

	@Autowired
	Catalogue catalogue;

	@ParameterizedTest(name = "JavaScript on: {0}")
	@ValueSource(booleans = { true, false })
	void filterByAToolAndASkillOpenAResultAndComeBack(boolean javaScript, Browser browser) {
		if (!javaScript) {
			browser.withoutJavaScript();
		}
		browser.open("/roles").markPage();
		WebElement form = browser.find("main form");

		browser.choose(form, "Kubernetes");
		if (javaScript) {
			browser.waiting().until(driver -> browser.address().contains("tool=kubernetes"));
			browser.settle();
			assertThat(browser.samePageAsMarked()).as("the results change in place").isTrue();
		}
		else {
			browser.submit(form);
		}
		form = browser.find("main form");
		browser.choose(form, "CI/CD");
		if (javaScript) {
			browser.waiting().until(driver -> browser.address().contains("skill=ci-cd"));
			browser.settle();
			assertThat(browser.samePageAsMarked()).as("the results change in place").isTrue();
		}
		else {
			browser.submit(form);
		}

		List<String> expected = catalogue.roles()
			.stream()
			.filter(role -> role.tool("kubernetes").isPresent() && role.skill("ci-cd").isPresent())
			.map(Role::name)
			.toList();
		assertThat(expected).isNotEmpty();
		assertThat(results(browser)).containsExactlyInAnyOrderElementsOf(expected);
		String address = browser.address();
		assertThat(address).startsWith("/roles?").contains("tool=kubernetes", "skill=ci-cd");

		WebElement first = browser.find("main ol > li h3 a");
		String opened = first.getText();
		first.click();
		assertThat(browser.h1()).isEqualTo(opened);

		browser.back().settle();
		assertThat(browser.address()).isEqualTo(address);
		assertThat(results(browser)).containsExactlyInAnyOrderElementsOf(expected);
		assertThat(browser.find("main form input[name=tool][value=kubernetes]").isSelected()).isTrue();
		assertThat(browser.find("main form input[name=skill][value=ci-cd]").isSelected()).isTrue();

		browser.open(address);
		assertThat(results(browser)).as("the address alone gives the same result")
			.containsExactlyInAnyOrderElementsOf(expected);
		assertThat(browser.consoleErrors()).isEmpty();
	}

	private static List<String> results(Browser browser) {
		return browser.findAll("main ol > li h3").stream().map(WebElement::getText).toList();
	}

}
