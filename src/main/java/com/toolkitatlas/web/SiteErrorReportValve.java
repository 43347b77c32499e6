package com.toolkitatlas.web;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.web.util.HtmlUtils;

/**
 * The site's own answer to requests that Tomcat refuses before the application sees them:
 * an encoded slash or backslash in the path, malformed percent-encoding, invalid UTF-8,
 * oversized headers, TRACE. Instead of Tomcat's page, a short page in the site's words
 * (or problem details for the API and JSON clients) with the security headers, no server
 * name, and nothing of the request echoed back.
 */
public class SiteErrorReportValve extends ErrorReportValve {

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		AtomicBoolean ioAllowed = new AtomicBoolean(true);
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
		if (!ioAllowed.get()) {
			return;
		}
		if (status == 501) {
			// Tomcat answers CONNECT with 501: to a read-only site it is just a method it
			// does not answer.
			status = 405;
			response.setStatus(status);
			response.setHeader(HttpHeaders.ALLOW, "GET, HEAD");
		}
		ProblemDetail problem = Problems.forStatus(status, "");
		String detail = status == 404 ? "There is no page at this address." : problem.getDetail();
		boolean json = ErrorPages.wantsJson(request, String.valueOf(request.getRequestURI()));
		try {
			SecurityHeaders.applyTo(response);
			response.setHeader(HttpHeaders.CACHE_CONTROL, HttpCaching.NO_STORE);
			response.setContentType(json ? "application/problem+json" : "text/html");
			response.setCharacterEncoding("UTF-8");
			Writer writer = response.getReporter();
			if (writer != null) {
				writer
					.write(json ? json(problem.getTitle(), status, detail) : html(problem.getTitle(), status, detail));
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException e) {
			// The client has gone or the response was committed meanwhile: nothing left
			// to tell it.
		}
	}

	private static String html(String title, int status, String detail) {
		return """
				<!DOCTYPE html>
				<html lang="en">
				<head>
				<meta charset="utf-8">
				<meta name="viewport" content="width=device-width, initial-scale=1">
				<title>%1$s · Toolkit Atlas</title>
				<link rel="stylesheet" href="/assets/site.css">
				</head>
				<body>
				<main id="main" class="wrap">
				<h1>%1$s</h1>
				<p class="lead">%2$s</p>
				<p class="error-status">Error %3$d</p>
				<p><a href="/">Toolkit Atlas home page</a> · <a href="/roles">All roles</a></p>
				</main>
				</body>
				</html>
				""".formatted(HtmlUtils.htmlEscape(title), HtmlUtils.htmlEscape(detail), status);
	}

	private static String json(String title, int status, String detail) {
		return "{\"type\":\"about:blank\",\"title\":\"" + jsonText(title) + "\",\"status\":" + status + ",\"detail\":\""
				+ jsonText(detail) + "\"}";
	}

	/** Our own fixed texts only, but escaped all the same. */
	private static String jsonText(String text) {
		StringBuilder escaped = new StringBuilder();
		for (char c : text.toCharArray()) {
			if (c == '"' || c == '\\' || c < 0x20 || c == '<' || c == '>' || c == '&') {
				escaped.append(String.format("\\u%04x", (int) c));
			}
			else {
				escaped.append(c);
			}
		}
		return escaped.toString();
	}

}
