package com.toolkitatlas.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * A request the site cannot answer as asked, for a reason it can explain: an unknown
 * role, a parameter it cannot read. Its {@link #getBody() problem detail} is written for
 * the person who asked and is safe to show them, unlike the messages of exceptions from
 * outside this application; the help it carries (the form to try again, the likely
 * corrections) travels with it to the error page. {@link ErrorPages} renders it as the
 * site's error page or as {@code application/problem+json}.
 */
public class ClientErrorException extends ErrorResponseException {

	private final ErrorHelp help;

	protected ClientErrorException(HttpStatus status, String detail, ErrorHelp help) {
		super(status, Problems.problem(status, detail), null);
		this.help = help;
	}

	/**
	 * What the error page offers besides the problem, such as the form to try again; null
	 * when the page needs nothing more.
	 */
	public ErrorHelp help() {
		return help;
	}

	/** The problem's detail, as the person who asked reads it. */
	@Override
	public String getMessage() {
		return getBody().getDetail();
	}

}
