package com.toolkitatlas.journey;

import java.util.List;

import com.toolkitatlas.catalogue.Catalogue;
import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.fit.FitRanking;
import com.toolkitatlas.fit.Item;
import com.toolkitatlas.fit.KnownItems;
import com.toolkitatlas.move.RoleSwitch;
import com.toolkitatlas.support.Browser;
import com.toolkitatlas.support.BrowserTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tick what I know, read my best role, follow its switch page: a backend engineer who
 * knows some machine learning finds the ML Engineer first, and the way there from Backend
 * Engineer without what they already know.
 */
@BrowserTest
class FitJourneyTest {

	@Autowired
	Catalogue catalogue;

	@ParameterizedTest(name = "JavaScript on: {0}")
	@ValueSource(booleans = { true, false })
	void tickWhatIKnowReadMyBestRoleAndFollowItsSwitchPage(boolean javaScript, Browser browser) {
		if (!javaScript) {
			browser.withoutJavaScript();
		}
		browser.open("/");
		browser.find("nav.site-nav a[href='/fit']").click();
		assertThat(browser.address()).isEqualTo("/fit");
		assertThat(browser.find("main").getText()).contains("Nothing ticked yet");

		WebElement form = browser.find("#know form");
		browser.choose(form, "PyTorch")
			.choose(form, "TensorFlow")
			.choose(form, "MLflow")
			.choose(form, "Deep learning")
			.choose(form, "Machine learning algorithms")
			.choose(form, "Docker")
			.choose(form, "Python")
			.submit(form);

		assertThat(browser.address()).startsWith("/fit?").contains("tool=pytorch", "skill=deep-learning");
		KnownItems known = new KnownItems(List.of(Item.of(catalogue.tool("pytorch").orElseThrow()),
				Item.of(catalogue.tool("tensorflow").orElseThrow()), Item.of(catalogue.tool("mlflow").orElseThrow()),
				Item.of(catalogue.skill("deep-learning").orElseThrow()),
				Item.of(catalogue.skill("machine-learning-algorithms").orElseThrow()),
				Item.of(catalogue.tool("docker").orElseThrow()), Item.of(catalogue.language("python").orElseThrow())));
		Role expected = FitRanking.of(catalogue.roles(), known).best().fit().role();
		assertThat(expected.slug()).as("the journey follows the way from Backend Engineer")
			.isNotEqualTo("backend-engineer");
		WebElement best = browser.find("#result ol > li");
		assertThat(best.findElement(By.cssSelector("h3")).getText()).isEqualTo("1. " + expected.name());
		assertThat(best.getText()).contains("What you have", "Core items you lack", "PyTorch");
		assertThat(browser.findAll("#learn-next ol li")).isNotEmpty();

		best.findElement(By.linkText("Backend Engineer")).click();

		assertThat(browser.address()).startsWith("/switch/backend-engineer-to-" + expected.slug() + "?")
			.contains("tool=pytorch");
		assertThat(browser.h1()).isEqualTo("From Backend Engineer to " + expected.name());
		RoleSwitch move = RoleSwitch.of(catalogue.role("backend-engineer").orElseThrow(), expected, known, "");
		assertThat(browser.find("#carries-over").getText())
			.contains(move.carried().stream().map(need -> need.item().name()).toList());
		assertThat(browser.find("#to-learn").getText()).contains("Already known to you", "PyTorch");
		assertThat(browser.find("#to-learn .fit-groups").getText()).as("what to learn leaves out what I know")
			.doesNotContain("PyTorch");
		assertThat(browser.consoleErrors()).isEmpty();
	}

}
