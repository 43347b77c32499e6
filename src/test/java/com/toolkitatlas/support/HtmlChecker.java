package com.toolkitatlas.support;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The Nu Html Checker (the engine behind validator.w3.org/nu), run in-process on a page's
 * HTML. Setting up its schemas takes a second, so one checker serves the whole run:
 * {@link #shared()}.
 */
public final class HtmlChecker {

	private static HtmlChecker shared;

	private final SimpleDocumentValidator validator;

	private final Findings findings = new Findings();

	private HtmlChecker() {
		try {
			// No language detection: it guesses a page's language from its text and only
			// ever warns.
			validator = new SimpleDocumentValidator(true, false, false);
			validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", findings);
			validator.setUpValidatorAndParsers(findings, false, false);
		}
		catch (Exception e) {
			throw new IllegalStateException("The Nu Html Checker could not load its HTML schema", e);
		}
	}

	public static synchronized HtmlChecker shared() {
		if (shared == null) {
			shared = new HtmlChecker();
		}
		return shared;
	}

	/** What the checker says of this document, each message with its line and column. */
	public synchronized Report check(String html) {
		findings.clear();
		try {
			validator.checkHtmlInputSource(new InputSource(new StringReader(html)));
		}
		catch (SAXException e) {
			findings.errors.add("fatal: " + e.getMessage());
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		return new Report(List.copyOf(findings.errors), List.copyOf(findings.warnings));
	}

	public record Report(List<String> errors, List<String> warnings) {
	}

	private static final class Findings implements ErrorHandler {

		private final List<String> errors = new ArrayList<>();

		private final List<String> warnings = new ArrayList<>();

		void clear() {
			errors.clear();
			warnings.clear();
		}

		@Override
		public void warning(SAXParseException e) {
			warnings.add(describe(e));
		}

		@Override
		public void error(SAXParseException e) {
			errors.add(describe(e));
		}

		@Override
		public void fatalError(SAXParseException e) {
			errors.add(describe(e));
		}

		private static String describe(SAXParseException e) {
			return "line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ": " + e.getMessage();
		}

	}

}
