package com.toolkitatlas.web;

/**
 * A request parameter that cannot be understood. Answered with a 400 that names the
 * parameter.
 */
public class BadRequestException extends RuntimeException {

	private final String parameter;

	public BadRequestException(String parameter, String detail) {
		super(detail);
		this.parameter = parameter;
	}

	public String parameter() {
		return parameter;
	}

}
