package com.toolkitatlas.web;

import org.springframework.http.HttpStatus;

/**
 * A request parameter that cannot be understood. Answered with a 400 whose problem names
 * the parameter.
 */
public class BadRequestException extends ClientErrorException {

	private final String parameter;

	public BadRequestException(String parameter, String detail) {
		this(parameter, detail, null);
	}

	/**
	 * @param help what the error page offers besides the problem, or null
	 */
	public BadRequestException(String parameter, String detail, ErrorHelp help) {
		super(HttpStatus.BAD_REQUEST, detail, help);
		this.parameter = parameter;
		getBody().setProperty("parameter", parameter);
	}

	public String parameter() {
		return parameter;
	}

}
