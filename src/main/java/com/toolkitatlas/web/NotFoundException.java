package com.toolkitatlas.web;

import org.springframework.http.HttpStatus;

/**
 * Something a person asked for does not exist: an unknown role, skill or tool. Answered
 * with a 404.
 */
public class NotFoundException extends ClientErrorException {

	public NotFoundException(String detail) {
		this(detail, null);
	}

	/**
	 * @param help what the error page offers besides the problem, or null
	 */
	public NotFoundException(String detail, ErrorHelp help) {
		super(HttpStatus.NOT_FOUND, detail, help);
	}

}
