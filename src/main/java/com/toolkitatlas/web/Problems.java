package com.toolkitatlas.web;

import java.net.URI;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns any failure into an RFC 9457 problem detail whose title and detail a person can
 * act on. Exception messages from outside this application never reach the response: they
 * may hold internals, so only our own exceptions and a few well-known cases get a
 * specific detail.
 */
public final class Problems {

	private static final Logger log = LoggerFactory.getLogger(Problems.class);

	private static final URI ABOUT_BLANK = URI.create("about:blank");

	private Problems() {
	}

	public static ProblemDetail of(Exception exception, String path) {
		if (exception instanceof ClientErrorException own) {
			return own.getBody();
		}
		if (exception instanceof MethodArgumentTypeMismatchException mismatch) {
			ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "The value of “" + mismatch.getName()
					+ "” is not understood: " + UserInput.quote(String.valueOf(mismatch.getValue())) + ".");
			problem.setProperty("parameter", mismatch.getName());
			return problem;
		}
		if (exception instanceof MissingServletRequestParameterException missing) {
			ProblemDetail problem = problem(HttpStatus.BAD_REQUEST,
					"The parameter “" + missing.getParameterName() + "” is missing.");
			problem.setProperty("parameter", missing.getParameterName());
			return problem;
		}
		if (exception instanceof InvalidParameterException invalid) {
			// Tomcat could not decode the query string (a stray %, bytes that are not
			// UTF-8, too many parameters).
			int status = invalid.getErrorCode();
			return forStatus(status >= 400 && status < 500 ? status : 400, path);
		}
		if (exception instanceof NoResourceFoundException || exception instanceof NoHandlerFoundException) {
			return forStatus(404, path);
		}
		if (exception instanceof ErrorResponse response) {
			return forStatus(response.getStatusCode().value(), path);
		}
		log.error("Request to {} failed", path, exception);
		return forStatus(500, path);
	}

	/**
	 * A problem for a bare status, as the servlet container reports it for errors outside
	 * the application.
	 */
	public static ProblemDetail forStatus(int status, String path) {
		HttpStatus known = HttpStatus.resolve(status);
		HttpStatusCode code = known != null ? known : HttpStatusCode.valueOf(status);
		return switch (status) {
			case 404 -> problem(code, "There is no page at " + UserInput.quote(path)
					+ ". It may have moved, or the address may be mistyped.");
			case 405 -> problem(code, "This address only answers GET requests.");
			case 400 -> problem(code, "The request could not be understood. Check the address for stray characters.");
			case 406 -> problem(code, "This address cannot answer in the format the request asked for.");
			default -> status >= 500 ? problem(code, "Something went wrong on our side. Please try again in a moment.")
					: problem(code, "The request could not be answered.");
		};
	}

	/** A problem with the site's title for its status and a detail written for people. */
	static ProblemDetail problem(HttpStatusCode status, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		// Said outright, as RFC 9457 allows it to be assumed: the problem is its status.
		problem.setType(ABOUT_BLANK);
		problem.setTitle(title(status.value()));
		return problem;
	}

	private static String title(int status) {
		return switch (status) {
			case 400 -> "Bad request";
			case 404 -> "Not found";
			case 405 -> "Method not allowed";
			case 406 -> "Not acceptable";
			default -> {
				HttpStatus known = HttpStatus.resolve(status);
				yield status >= 500 ? "Server error" : known != null ? known.getReasonPhrase() : "Error";
			}
		};
	}

}
