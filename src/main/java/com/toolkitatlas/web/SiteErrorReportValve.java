package com.toolkitatlas.web;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.apache.juli.logging.Log;
import org.apache.juli.logging.LogFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;

/**
 * The site's own answer to requests that Tomcat refuses before the application sees them:
 * an encoded slash or backslash in the path, malformed percent-encoding, invalid UTF-8,
 * oversized headers, TRACE. Instead of Tomcat's page, the site's error page (or problem
 * details for the API and JSON clients), rendered by {@link ErrorPages} from the same
 * template, with the security headers, no server name, and nothing of the request echoed
 * back.
 */
public class SiteErrorReportValve extends ErrorReportValve {

	private static final Log log = LogFactory.getLog(SiteErrorReportValve.class);

	private final ObjectProvider<ErrorPages> errorPages;

	/**
	 * @param errorPages looked up on the first refusal, since the valve is built with the
	 * server, before the application's beans
	 */
	public SiteErrorReportValve(ObjectProvider<ErrorPages> errorPages) {
		this.errorPages = errorPages;
	}

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
		try {
			SecurityHeaders.applyTo(response);
			response.setHeader(HttpHeaders.CACHE_CONTROL, HttpCaching.NO_STORE);
			ErrorPages pages = errorPages.getIfAvailable();
			if (pages == null) {
				return;
			}
			ErrorPages.Refusal refusal = pages.refusal(request, response, status);
			response.setContentType(refusal.contentType());
			response.setCharacterEncoding("UTF-8");
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(refusal.body());
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException e) {
			// The client has gone or the response was committed meanwhile: nothing left
			// to tell it.
		}
		catch (RuntimeException e) {
			log.warn("The error page for a refused request could not be rendered; sent the bare status", e);
		}
	}

}
