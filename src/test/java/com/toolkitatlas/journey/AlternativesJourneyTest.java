package com.toolkitatlas.journey;

import java.util.List;

import com.toolkitatlas.support.Browser;
import com.toolkitatlas.support.BrowserTest;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Journey 3: from a role's profile to its alternatives, along a how-to-pick item to the
 * alternative it suggests, and on to that role's profile.
 */
@BrowserTest
class AlternativesJourneyTest {

	@Test
	void openARolesAlternativesAndFollowAHowToPickItemToTheSuggestedRole(Browser browser) {
		browser.open("/roles/ml-engineer");
		browser.find("main a[href='/roles/ml-engineer/alternatives']").click();

		assertThat(browser.address()).isEqualTo("/roles/ml-engineer/alternatives");
		assertThat(browser.h1()).contains("Machine Learning Engineer");
		List<String> ranked = browser.findAll("main ol > li h3 a").stream().map(WebElement::getText).toList();
		assertThat(ranked).as("the seeds' editorial order")
			.containsExactly("Data Engineer", "Data Scientist", "DevOps Engineer", "Backend Engineer", "AI Engineer");

		List<WebElement> items = browser.sectionUnder("How to pick").findElements(By.cssSelector("li"));
		assertThat(items).hasSize(ranked.size())
			.allSatisfy(item -> assertThat(item.getText()).startsWith("If you").contains("consider"));
		WebElement suggestion = items.get(2).findElement(By.tagName("a"));
		String suggested = suggestion.getText();
		browser.script("arguments[0].scrollIntoView({block: 'center'})", suggestion);
		suggestion.click();

		WebElement target = browser.<WebElement>script("return document.querySelector(':target')");
		assertThat(target).as("the item leads to the suggested role's place in the ranking").isNotNull();
		assertThat(target.findElement(By.tagName("h3")).getText()).contains(suggested);
		target.findElement(By.cssSelector("h3 a")).click();

		assertThat(browser.address()).startsWith("/roles/").isNotEqualTo("/roles/ml-engineer");
		assertThat(browser.h1()).isEqualTo(suggested);
		assertThat(browser.consoleErrors()).isEmpty();
	}

}
