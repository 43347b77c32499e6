package com.toolkitatlas.journey;

import java.util.List;

import com.toolkitatlas.catalogue.Catalogue;
import com.toolkitatlas.support.Browser;
import com.toolkitatlas.support.BrowserTest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Journey 4: answer the questionnaire, read the ranked result, reload its link and get
 * the same result.
 */
@BrowserTest
class PickJourneyTest {

	@Autowired
	Catalogue catalogue;

	@ParameterizedTest(name = "JavaScript on: {0}")
	@ValueSource(booleans = { true, false })
	void answerThePickQuestionnaireReadTheRankingAndReloadItsLink(boolean javaScript, Browser browser) {
		if (!javaScript) {
			browser.withoutJavaScript();
		}
		browser.open("/pick");
		WebElement form = browser.find("main form");

		browser.choose(form, "Automating delivery")
			.choose(form, "System operations")
			.choose(form, "Kubernetes")
			.choose(form, "Production:")
			.submit(form);

		String address = browser.address();
		assertThat(address).startsWith("/pick?")
			.contains("interest=automation", "strength=system-operations", "tool=kubernetes", "lean=production");
		List<String> ranking = ranking(browser);
		assertThat(ranking).hasSize(catalogue.roles().size());
		assertThat(ranking.get(0)).as("automation and operations lead to DevOps").contains("DevOps Engineer");
		assertThat(browser.findAll("main ol > li")).as("each role says which answers moved it")
			.allSatisfy(item -> assertThat(item.getText()).containsIgnoringCase("you"));

		browser.reload();
		assertThat(browser.address()).isEqualTo(address);
		assertThat(ranking(browser)).as("the same result after a reload").isEqualTo(ranking);

		browser.open("/").open(address);
		assertThat(ranking(browser)).as("the same result from the link alone").isEqualTo(ranking);
		assertThat(browser.consoleErrors()).isEmpty();
	}

	private static List<String> ranking(Browser browser) {
		return browser.findAll("main ol > li")
			.stream()
			.map(item -> item.findElement(By.cssSelector("h3")).getText())
			.toList();
	}

}
