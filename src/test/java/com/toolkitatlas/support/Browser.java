package com.toolkitatlas.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium, driven by Selenium, shared by every browser test of a run (see
 * {@link BrowserTest}). Each test starts from the same state: JavaScript on, a desktop
 * window, the light colour scheme. A test changes that with {@link #withoutJavaScript()},
 * {@link #at(Viewport)} and {@link #inDarkMode()}.
 */
public final class Browser implements AutoCloseable {

	/**
	 * Where Debian's {@code chromium} and {@code chromium-driver} packages put the two
	 * programs.
	 */
	static final Path CHROMIUM = Path.of(setting("CHROMIUM_PATH", "/usr/bin/chromium"));
	static final Path CHROMEDRIVER = Path.of(setting("CHROMEDRIVER_PATH", "/usr/bin/chromedriver"));

	/**
	 * The screens pages are checked on: a desktop, the phone the site's issues measure
	 * (390 by 844 CSS pixels, as an iPhone 12 to 14) and the narrowest phone still common
	 * (375 by 812), where lines wrap soonest.
	 */
	public enum Viewport {

		DESKTOP(1280, 900, 1, false), PHONE(390, 844, 2, true), NARROW_PHONE(375, 812, 2, true);

		final int width;

		final int height;

		final int scale;

		final boolean mobile;

		Viewport(int width, int height, int scale, boolean mobile) {
			this.width = width;
			this.height = height;
			this.scale = scale;
			this.mobile = mobile;
		}

		public int width() {
			return width;
		}

		public int height() {
			return height;
		}

	}

	/**
	 * Selenium warns that it has no DevTools binding for this Chromium's version. The
	 * tests only send raw DevTools commands through chromedriver
	 * ({@code executeCdpCommand}), which need no binding, so the warning is noise.
	 */
	private static final Logger CDP_VERSION_LOG = silenced("org.openqa.selenium.devtools.CdpVersionFinder");

	private static final String AXE = resource("/axe.min.js");

	private final ChromeDriver driver;

	private final Path profile;

	private final Json json = new Json();

	private final List<LogEntry> console = new ArrayList<>();

	private final List<String> requested = new ArrayList<>();

	/** The emulation commands last sent, by command (see {@link #emulate}). */
	private final Map<String, Map<String, Object>> emulated = new HashMap<>();

	private String base;

	/**
	 * The browser's identifier of axe-core as a script it runs in every new page, while a
	 * test class scans pages (see {@link #accessibilityViolations()}), else null.
	 */
	private String axeOnNewPages;

	/** Whether a key has been pressed on the page loaded last (see {@link #firstTab}). */
	private boolean keyPressed;

	private Browser(ChromeDriver driver, Path profile) {
		this.driver = driver;
		this.profile = profile;
	}

	/** Why the browser tests cannot run on this machine, or null when they can. */
	static String missing() {
		if (!Files.isExecutable(CHROMIUM)) {
			return "no Chromium at " + CHROMIUM;
		}
		if (!Files.isExecutable(CHROMEDRIVER)) {
			return "no chromedriver at " + CHROMEDRIVER;
		}
		return null;
	}

	static Browser start() {
		try {
			Path profile = Files.createTempDirectory("atlas-chromium-");
			ChromeOptions options = new ChromeOptions();
			options.setBinary(CHROMIUM.toFile());
			options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
					"--disable-background-networking", "--disable-component-update", "--disable-sync",
					"--disable-dev-shm-usage", "--hide-scrollbars", "--user-data-dir=" + profile,
					"--window-size=" + Viewport.DESKTOP.width + "," + Viewport.DESKTOP.height,
					// Nothing may leave the machine: a request to any other host fails at
					// once (and the tests see it).
					"--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost");
			LoggingPreferences logs = new LoggingPreferences();
			logs.enable(LogType.BROWSER, Level.ALL);
			logs.enable(LogType.PERFORMANCE, Level.ALL);
			options.setCapability("goog:loggingPrefs", logs);
			ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
				.usingAnyFreePort()
				.build();
			ChromeDriver driver = new ChromeDriver(service, options);
			driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(30));
			return new Browser(driver, profile);
		}
		catch (IOException e) {
			throw new IllegalStateException("Cannot create a profile directory for Chromium", e);
		}
	}

	/** Back to the state every test starts from. */
	void reset(String base) {
		this.base = base;
		discardLogs();
		console.clear();
		requested.clear();
		javaScript(true);
		at(Viewport.DESKTOP);
		emulate("Emulation.setEmulatedMedia",
				Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "light"))));
		// The page behaves as the focused page of a focused window, as for a person at
		// the keyboard. Headless Chromium does not always give its window the focus, more
		// often under load: then a Tab reached no element, and a control focused by
		// script matched neither :focus nor :focus-visible (KeyboardJourneyTest failed on
		// a few pages at random, the skip link "showing no visible focus").
		emulate("Emulation.setFocusEmulationEnabled", Map.of("enabled", true));
		// What a page keeps in the browser (its cookies, and what a person asked /fit to
		// remember) would change the pages of the next test: both cleared in one round
		// trip to the browser.
		cdp("Storage.clearDataForOrigin", Map.of("origin", base, "storageTypes", "cookies,local_storage"));
	}

	/**
	 * Stops giving new pages axe-core ({@link #accessibilityViolations()}): called when a
	 * test class ends, so that pages of other classes are as a reader's browser loads
	 * them.
	 */
	void forgetAxe() {
		if (axeOnNewPages != null) {
			cdp("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", axeOnNewPages));
			axeOnNewPages = null;
		}
	}

	// ---- settings

	/**
	 * Turns JavaScript off from the next page load on, as a reader who disabled it would
	 * see the site.
	 */
	public Browser withoutJavaScript() {
		return javaScript(false);
	}

	private Browser javaScript(boolean on) {
		emulate("Emulation.setScriptExecutionDisabled", Map.of("value", !on));
		return this;
	}

	public Browser at(Viewport viewport) {
		emulate("Emulation.setDeviceMetricsOverride", Map.of("width", viewport.width, "height", viewport.height,
				"deviceScaleFactor", viewport.scale, "mobile", viewport.mobile));
		return this;
	}

	/** Lays pages out as on paper (the print stylesheet), or back on screen. */
	public Browser printing(boolean onPaper) {
		emulate("Emulation.setEmulatedMedia", Map.of("media", onPaper ? "print" : ""));
		return this;
	}

	public Browser inDarkMode() {
		emulate("Emulation.setEmulatedMedia",
				Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
		return this;
	}

	/**
	 * Sets an emulation unless the browser already has it: each of these commands sets
	 * the whole of its setting, which lasts across page loads until the next, so a reset
	 * sends only what the last test changed (a round trip to the browser each, before
	 * each of some two hundred tests).
	 */
	private void emulate(String command, Map<String, Object> setting) {
		if (!setting.equals(emulated.get(command))) {
			cdp(command, setting);
			emulated.put(command, setting);
		}
	}

	// ---- navigation

	/** Opens a path of the site and waits for the page to load. */
	public Browser open(String path) {
		driver.get(base + path);
		keyPressed = false;
		return this;
	}

	public Browser reload() {
		driver.navigate().refresh();
		keyPressed = false;
		return this;
	}

	public Browser back() {
		driver.navigate().back();
		keyPressed = false;
		return this;
	}

	/** The address bar, relative to the site: path and query. */
	public String address() {
		URI uri = URI.create(driver.getCurrentUrl());
		return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
	}

	public String base() {
		return base;
	}

	public WebDriverWait waiting() {
		return new WebDriverWait(driver, Duration.ofSeconds(10));
	}

	// ---- what is on the page

	public String title() {
		return driver.getTitle();
	}

	public String h1() {
		return find("h1").getText();
	}

	public WebElement find(String css) {
		return driver.findElement(By.cssSelector(css));
	}

	public List<WebElement> findAll(String css) {
		return driver.findElements(By.cssSelector(css));
	}

	public WebElement focused() {
		return driver.switchTo().activeElement();
	}

	@SuppressWarnings("unchecked")
	public <T> T script(String script, Object... arguments) {
		return (T) ((JavascriptExecutor) driver).executeScript(script, arguments);
	}

	public byte[] screenshot() {
		return driver.getScreenshotAs(OutputType.BYTES);
	}

	/**
	 * The section (or article) a heading with this text opens, as a reader finds it under
	 * that heading.
	 */
	public WebElement sectionUnder(String headingText) {
		WebElement section = script("""
				const wanted = arguments[0].toLowerCase();
				const heading = [...document.querySelectorAll('main h1, main h2, main h3')]
				    .find(h => h.textContent.toLowerCase().includes(wanted));
				return heading ? heading.closest('section, article') : null;""", headingText);
		if (section == null) {
			throw new AssertionError("No section under a heading \"" + headingText + "\" on " + address());
		}
		return section;
	}

	// ---- acting as a person does

	/**
	 * Chooses an option of a form by its visible label, as a person does: a checkbox or
	 * radio button whose label says this (case aside: the exact text first, else the
	 * first label starting with it, else the first containing it), or else the option of
	 * the first select that offers it and has nothing chosen yet.
	 */
	public Browser choose(WebElement form, String label) {
		WebElement control = script("""
				const form = arguments[0], wanted = arguments[1].trim().toLowerCase();
				const labels = [...form.querySelectorAll('label')].filter(l => l.control
				    && (l.control.type === 'checkbox' || l.control.type === 'radio'));
				const text = l => l.textContent.replace(/\\s+/g, ' ').trim().toLowerCase();
				const label = labels.find(l => text(l) === wanted) || labels.find(l => text(l).startsWith(wanted))
				    || labels.find(l => text(l).includes(wanted));
				return label ? label.control : null;""", form, label);
		if (control != null) {
			// An option folded away in closed <details> (a facet, and on a phone the
			// filters as a whole): open each, the outermost first, as a person would.
			List<WebElement> summaries = script(
					"""
							const closed = [];
							for (let details = arguments[0].closest('details'); details; details = details.parentElement.closest('details')) {
							    if (!details.open) closed.unshift(details.querySelector('summary'));
							}
							return closed;""",
					control);
			for (WebElement summary : summaries) {
				if (summary.isDisplayed()) {
					summary.click();
				}
			}
			if (!control.isSelected()) {
				script("arguments[0].scrollIntoView({block: 'center'})", control);
				control.click();
			}
			return this;
		}
		for (WebElement select : form.findElements(By.tagName("select"))) {
			Select choice = new Select(select);
			String chosen = choice.getFirstSelectedOption().getDomProperty("value");
			boolean offers = choice.getOptions()
				.stream()
				.anyMatch(option -> option.getText().trim().equalsIgnoreCase(label));
			if (offers && (chosen == null || chosen.isEmpty() || choice.isMultiple())) {
				choice.selectByVisibleText(label);
				return this;
			}
		}
		throw new AssertionError("The form on " + address() + " offers nothing labelled \"" + label + "\"");
	}

	/**
	 * Sends a form with its submit button, and waits for the answer: a new page, or an
	 * update in place.
	 */
	public Browser submit(WebElement form) {
		WebElement button = form.findElement(
				By.cssSelector("button:not([type=button]):not([type=reset]), input[type=submit], input[type=image]"));
		String before = driver.getCurrentUrl();
		script("window.__atlasSubmitted = true");
		button.click();
		waiting().until(
				driver -> !before.equals(driver.getCurrentUrl()) || script("return window.__atlasSubmitted") == null);
		return settle();
	}

	/** Presses keys on the keyboard, into whatever has the focus. */
	public Browser press(CharSequence... keys) {
		boolean first = !keyPressed;
		keyPressed = true;
		if (first && keys.length == 1 && keys[0] == Keys.TAB) {
			firstTab();
			return this;
		}
		new Actions(driver).sendKeys(keys).perform();
		return this;
	}

	/**
	 * The first Tab on a page just loaded. Now and then, more often under load, headless
	 * Chromium drops the first key sent to a page it has just loaded: nothing takes the
	 * focus, which a reader's Tab never does on a page with a link (KeyboardJourneyTest
	 * failed at random on one page of a run, the focus left on the body; focus emulation,
	 * {@link #reset}, did not prevent it). The Tab is sent again, at most twice, only
	 * while nothing has the focus: where the first Tab that arrives lands is still what
	 * the tests check.
	 */
	private void firstTab() {
		for (int sent = 0; sent < 3; sent++) {
			new Actions(driver).sendKeys(Keys.TAB).perform();
			if (Boolean.FALSE
				.equals(script("const el = document.activeElement; return !el || el === document.body;"))) {
				return;
			}
		}
	}

	/**
	 * Presses Tab until the focused element, {@code el} in the given JavaScript
	 * expression, satisfies it; fails after 400 presses.
	 */
	public WebElement tabTo(String description, String condition) {
		for (int i = 0; i < 400; i++) {
			press(Keys.TAB);
			if (Boolean.TRUE.equals(script("const el = document.activeElement; return !!(" + condition + ");"))) {
				return focused();
			}
		}
		throw new AssertionError("Tab never reached " + description + " on " + address());
	}

	/**
	 * Marks the current document, to tell later whether a change happened in place or by
	 * loading a new page.
	 */
	public Browser markPage() {
		script("window.__atlasMark = true");
		return this;
	}

	public boolean samePageAsMarked() {
		return Boolean.TRUE.equals(script("return window.__atlasMark === true"));
	}

	/** Waits until the page is loaded and its requests (htmx included) are done. */
	public Browser settle() {
		waiting().until(driver -> Boolean.TRUE.equals(script("""
				return document.readyState === 'complete' && !document.querySelector('.htmx-request')""")));
		long count = -1;
		for (int i = 0; i < 40; i++) {
			long now = script("return performance.getEntriesByType('resource').length");
			if (now == count) {
				break;
			}
			count = now;
			sleep(50);
		}
		return this;
	}

	// ---- quality

	/**
	 * What axe-core finds wrong on the current page, one readable line per rule and
	 * element. It runs the axe-core script that {@code com.deque.html.axe-core:selenium}
	 * ships straight in the page: the same rules as its AxeBuilder, in half the time
	 * (measured on the pair page: 1.3 s against 2.8 s).
	 */
	@SuppressWarnings("unchecked")
	public List<String> accessibilityViolations() {
		if (!Boolean.TRUE.equals(script("return typeof axe === 'object'"))) {
			script(AXE);
			// The script is half a megabyte: the browser keeps it and runs it in every
			// page loaded later in this test class, instead of its being sent again
			// before each scan (some 0.3 s of the 1.4 s a scan took).
			if (axeOnNewPages == null) {
				axeOnNewPages = (String) driver
					.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", AXE))
					.get("identifier");
			}
		}
		List<Map<String, Object>> violations = (List<Map<String, Object>>) ((JavascriptExecutor) driver)
			.executeAsyncScript(
					"""
							const done = arguments[arguments.length - 1];
							axe.run(document, {resultTypes: ['violations']})
							    .then(results => done(results.violations.map(rule => ({id: rule.id, impact: rule.impact, help: rule.help,
							        nodes: rule.nodes.map(node => ({target: node.target.join(' '), summary: node.failureSummary}))}))))
							    .catch(error => done([{id: 'axe-core failed', impact: 'error', help: String(error), nodes: [{}]}]));""");
		List<String> found = new ArrayList<>();
		for (Map<String, Object> rule : violations) {
			for (Map<String, Object> node : (List<Map<String, Object>>) rule.get("nodes")) {
				found.add("%s (%s): %s at %s%n    %s".formatted(rule.get("id"), rule.get("impact"), rule.get("help"),
						node.get("target"), String.valueOf(node.get("summary")).replace("\n", "\n    ")));
			}
		}
		return found;
	}

	/**
	 * Messages logged as errors to the console since the test began (script errors,
	 * failed loads, CSP reports).
	 */
	public List<String> consoleErrors() {
		readLogs();
		return console.stream()
			.filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
			.map(LogEntry::getMessage)
			.toList();
	}

	/**
	 * Every address requested since the test began: pages, styles, scripts, images,
	 * fetches.
	 */
	public List<String> requests() {
		readLogs();
		return List.copyOf(requested);
	}

	/**
	 * Empties the logs at the start of a test: what the last test left there is fetched
	 * and dropped, unread.
	 */
	private void discardLogs() {
		driver.manage().logs().get(LogType.BROWSER);
		driver.manage().logs().get(LogType.PERFORMANCE);
	}

	/** Chromium hands each log entry out once: keep them for the whole test. */
	private void readLogs() {
		console.addAll(driver.manage().logs().get(LogType.BROWSER).getAll());
		for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE).getAll()) {
			Map<String, Object> message = json.toType(entry.getMessage(), Json.MAP_TYPE);
			Map<?, ?> event = (Map<?, ?>) message.get("message");
			if ("Network.requestWillBeSent".equals(event.get("method"))) {
				Map<?, ?> request = (Map<?, ?>) ((Map<?, ?>) event.get("params")).get("request");
				requested.add((String) request.get("url"));
			}
		}
	}

	private void cdp(String command, Map<String, Object> parameters) {
		driver.executeCdpCommand(command, parameters);
	}

	@Override
	public void close() throws IOException {
		try {
			driver.quit();
		}
		finally {
			try (var files = Files.walk(profile)) {
				files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
		}
	}

	private static Logger silenced(String name) {
		Logger logger = Logger.getLogger(name);
		logger.setLevel(Level.OFF);
		return logger;
	}

	private static String resource(String name) {
		try (var in = Browser.class.getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException(name + " is missing from the test classpath");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private static String setting(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

}
