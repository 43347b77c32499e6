package com.toolkitatlas.journey;

import java.util.List;

import com.toolkitatlas.support.Browser;
import com.toolkitatlas.support.BrowserTest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Journey 1: from the home page, pick two roles and read their comparison: the answer
 * first, then the sections down to the verdict.
 */
@BrowserTest
class ComparePairJourneyTest {

	private static final List<String> SECTIONS_IN_ORDER = List.of("At a glance", "Cost", "Developer experience",
			"Performance", "Ecosystem", "Use cases", "overlap", "Verdict", "When to hire");

	@ParameterizedTest(name = "JavaScript on: {0}")
	@ValueSource(booleans = { true, false })
	void pickTwoRolesOnTheHomePageAndReadTheirComparisonDownToTheVerdict(boolean javaScript, Browser browser) {
		if (!javaScript) {
			browser.withoutJavaScript();
		}
		browser.open("/");
		WebElement picker = browser.find("main form[action='/compare']");

		browser.choose(picker, "Machine Learning Engineer").choose(picker, "Backend Engineer").submit(picker);

		assertThat(browser.address()).isEqualTo("/compare/ml-engineer-vs-backend-engineer");
		assertThat(browser.h1()).contains("Machine Learning Engineer", "Backend Engineer");
		List<String> headings = browser.findAll("main h2").stream().map(WebElement::getText).toList();
		assertThat(SECTIONS_IN_ORDER).allSatisfy(section -> assertThat(headings).anyMatch(h -> h.contains(section)));
		assertThat(SECTIONS_IN_ORDER.stream().map(section -> indexOf(headings, section)).toList()).isSorted();

		WebElement answer = browser.find("#answer");
		assertThat(answer.isDisplayed()).isTrue();
		assertThat(answer.getText()).containsPattern("Choose (a |an )?(Machine Learning|ML) Engineer")
			.containsPattern("Choose (a |an )?Backend Engineer");
		WebElement verdict = browser.sectionUnder("Verdict");
		browser.script("arguments[0].scrollIntoView()", verdict);
		assertThat(verdict.isDisplayed()).isTrue();
		assertThat(verdict.findElement(By.cssSelector("a[href='#choose']")).isDisplayed()).isTrue();
		assertThat(browser.consoleErrors()).isEmpty();
	}

	private static int indexOf(List<String> headings, String section) {
		for (int i = 0; i < headings.size(); i++) {
			if (headings.get(i).contains(section)) {
				return i;
			}
		}
		return -1;
	}

}
