package com.toolkitatlas.web;

/**
 * Something a person asked for does not exist: an unknown role, skill or tool. Answered
 * with a 404.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String detail) {
		super(detail);
	}

}
