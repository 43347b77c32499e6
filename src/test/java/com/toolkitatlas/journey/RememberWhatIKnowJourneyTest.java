package com.toolkitatlas.journey;

import java.util.List;

import com.toolkitatlas.catalogue.Catalogue;
import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.catalogue.Tool;
import com.toolkitatlas.fit.FitRanking;
import com.toolkitatlas.fit.Item;
import com.toolkitatlas.fit.KnownItems;
import com.toolkitatlas.support.Browser;
import com.toolkitatlas.support.BrowserTest;
import com.toolkitatlas.support.PageType;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Remember what I know on this device, and type it rather than hunt for it: /fit keeps
 * the ticked items in the browser when asked, opens with them later, other pages mark
 * them, and one button forgets them. The type-ahead box understands the search's short
 * forms.
 */
@BrowserTest
class RememberWhatIKnowJourneyTest {

	@Autowired
	Catalogue catalogue;

	@Test
	void rememberReopenSeeMyItemsMarkedAndForget(Browser browser) {
		Role ml = catalogue.role("ml-engineer").orElseThrow();
		Role backend = catalogue.role("backend-engineer").orElseThrow();
		// A tool the ML profile links and the backend profile does not, so that the
		// profiles show a marked and an unmarked link.
		Tool tool = ml.coreTools()
			.stream()
			.map(link -> link.tool())
			.filter(candidate -> backend.tool(candidate.slug()).isEmpty())
			.findFirst()
			.orElseThrow();
		Tool unknownTool = backend.coreTools()
			.stream()
			.map(link -> link.tool())
			.filter(candidate -> ml.tool(candidate.slug()).isEmpty())
			.findFirst()
			.orElseThrow();
		KnownItems known = new KnownItems(List.of(Item.of(tool), Item.of(catalogue.language("python").orElseThrow()),
				Item.of(catalogue.skill("deep-learning").orElseThrow())));
		Role best = FitRanking.of(catalogue.roles(), known).best().fit().role();

		browser.open(known.on("/fit"));
		assertThat(browser.find("#remember").isDisplayed()).isTrue();
		assertThat(browser.find("#remember").getText()).contains("on this device only", "no cookie");
		assertThat(browser.find("#forget-known").isDisplayed()).as("nothing kept yet").isFalse();
		browser.find("#remember-known").click();
		assertThat(browser.find("#remember-status").getText()).startsWith("Remembered on this device: 3 items");
		assertThat(browser.find("#forget-known").isDisplayed()).isTrue();

		browser.open("/fit");
		waitForAddress(browser, known.on("/fit"));
		assertThat(
				browser.findAll("#know input[type=checkbox]:checked").stream().map(box -> box.getDomProperty("value")))
			.containsExactlyInAnyOrder(tool.slug(), "python", "deep-learning");
		assertThat(browser.find("#result ol > li h3").getText()).isEqualTo("1. " + best.name());
		assertThat(browser.find("#remember-status").getText()).contains("keeps the 3 items ticked here");

		browser.open("/switch/backend-engineer-to-ml-engineer");
		waitForAddress(browser, known.on("/switch/backend-engineer-to-ml-engineer"));
		assertThat(browser.find("#to-learn").getText()).contains("Already known to you");

		browser.open("/roles/ml-engineer").settle();
		WebElement marked = browser.find("main a.known-item[href='/tools/" + tool.slug() + "']");
		assertThat(marked.getDomProperty("textContent")).isEqualTo(tool.name() + " (you know this)");
		assertThat(browser.findAll("main a.known-item[href='/roles?language=python']")).isNotEmpty();
		browser.open("/roles/backend-engineer").settle();
		assertThat(browser.findAll("main a[href='/tools/" + unknownTool.slug() + "']")).isNotEmpty()
			.noneMatch(link -> link.getDomProperty("className").contains("known-item"));
		browser.open("/tools/" + tool.slug()).settle();
		assertThat(browser.find("main .known-note").getText()).contains("You know this");
		assertThat(browser.accessibilityViolations()).as("a marked page").isEmpty();

		browser.open(known.on("/fit"));
		browser.find("#forget-known").click();
		assertThat(browser.find("#remember-status").getText()).startsWith("Forgotten");
		assertThat(browser.focused().getDomProperty("id")).isEqualTo("remember-known");
		browser.open("/fit").settle();
		assertThat(browser.address()).isEqualTo("/fit");
		assertThat(browser.find("main").getText()).contains("Nothing ticked yet");
		browser.open("/roles/ml-engineer").settle();
		assertThat(browser.findAll("main a.known-item")).isEmpty();
		assertThat(browser.consoleErrors()).isEmpty();
	}

	@Test
	void typeAheadTicksItemsByNameOrShortForm(Browser browser) {
		browser.open("/fit");
		WebElement typed = browser.find("#typeahead-input");
		assertThat(typed.isDisplayed()).isTrue();
		assertThat(browser.find("label[for=typeahead-input]").getText()).isEqualTo("Type what you know");

		typed.sendKeys("k8s", Keys.ENTER);
		assertThat(browser.address()).as("Enter ticks, it does not send the form").isEqualTo("/fit");
		assertThat(browser.find("#know-tool-kubernetes").isSelected()).isTrue();
		assertThat(browser.find("#typeahead-status").getText()).isEqualTo("Ticked Kubernetes.");
		assertThat(browser.find("#typeahead-status").getDomAttribute("role")).isEqualTo("status");

		typed.sendKeys("JS, postgres, nothing-like-this", Keys.ENTER);
		assertThat(browser.find("#know-language-javascript-typescript").isSelected()).isTrue();
		assertThat(browser.find("#know-tool-postgresql").isSelected()).isTrue();
		assertThat(browser.find("#typeahead-status").getText()).contains(
				"Ticked JavaScript / TypeScript and PostgreSQL.",
				"Nothing in the catalogue is called “nothing-like-this”.");
		assertThat(typed.getDomProperty("value")).as("what could not be read stays to be corrected")
			.isEqualTo("nothing-like-this");

		typed.clear();
		typed.sendKeys("tf", Keys.ENTER);
		assertThat(browser.find("#know-tool-tensorflow").isSelected()).as("tf is two tools: the person chooses")
			.isFalse();
		browser.find("#typeahead-choices button").click();
		assertThat(browser.find("#know-tool-tensorflow").isSelected()).isTrue();

		browser.submit(browser.find("#know form"));
		assertThat(browser.address()).startsWith("/fit?").contains("tool=kubernetes", "tool=tensorflow");
		assertThat(browser.find("#result").isDisplayed()).isTrue();
		assertThat(browser.consoleErrors()).isEmpty();
	}

	@Test
	void withoutJavaScriptNeitherTheBoxNorTheButtonsAppear(Browser browser) {
		browser.withoutJavaScript().open(PageType.FIT_RESULT.path());

		assertThat(browser.find("#typeahead").isDisplayed()).isFalse();
		assertThat(browser.find("#remember").isDisplayed()).isFalse();
		assertThat(browser.find("#result").isDisplayed()).isTrue();
	}

	private static void waitForAddress(Browser browser, String address) {
		browser.waiting().until(driver -> browser.address().equals(address));
		browser.settle();
	}

}
