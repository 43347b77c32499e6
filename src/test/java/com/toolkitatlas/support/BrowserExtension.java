package com.toolkitatlas.support;

import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.test.context.junit.jupiter.SpringExtension;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

/**
 * Starts the shared {@link Browser} once per run (the root store closes it at the end)
 * and hands it to tests.
 */
class BrowserExtension implements BeforeEachCallback, AfterAllCallback, ParameterResolver {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
		.create(BrowserExtension.class);

	private static final AtomicBoolean WARNED = new AtomicBoolean();

	@Override
	public void beforeEach(ExtensionContext context) {
		requireBrowser();
		String port = SpringExtension.getApplicationContext(context).getEnvironment().getProperty("local.server.port");
		browser(context).reset("http://localhost:" + port);
	}

	/** What a test class asked of every page it loads ends with the class. */
	@Override
	public void afterAll(ExtensionContext context) {
		Browser browser = context.getRoot().getStore(NAMESPACE).get(Browser.class, Browser.class);
		if (browser != null) {
			browser.forgetAxe();
		}
	}

	/** Skips the test, with a word on how to install the browser; in CI, fails it. */
	private static void requireBrowser() {
		String missing = Browser.missing();
		if (missing == null) {
			return;
		}
		if ("true".equalsIgnoreCase(System.getenv("CI"))) {
			fail("Browser tests cannot run in CI: " + missing + ". .ci/run installs the Debian packages chromium and "
					+ "chromium-driver before the build.");
		}
		String message = "Browser tests skipped: " + missing + ". To run them, install Chromium and its driver "
				+ "(sudo apt-get install -y chromium chromium-driver) or point CHROMIUM_PATH and CHROMEDRIVER_PATH at them.";
		// Said once on the console as well: a build's summary counts skipped tests but
		// does not give the reason.
		if (!WARNED.getAndSet(true)) {
			System.err.println("[WARNING] " + message);
		}
		abort(message);
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == Browser.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		return browser(context);
	}

	private static Browser browser(ExtensionContext context) {
		return context.getRoot()
			.getStore(NAMESPACE)
			.computeIfAbsent(Browser.class, type -> Browser.start(), Browser.class);
	}

}
