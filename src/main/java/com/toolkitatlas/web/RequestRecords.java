package com.toolkitatlas.web;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Request records ({@code FilterRequest}, ...) bind through their constructors only: a
 * query parameter that names none of their components, such as
 * {@code q.class.classLoader}, is ignored, never followed as a property path into the
 * record.
 */
@ControllerAdvice
class RequestRecords {

	@InitBinder
	void constructorsOnly(WebDataBinder binder) {
		binder.setDeclarativeBinding(true);
	}

}
