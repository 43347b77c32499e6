package com.toolkitatlas.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every exception a request raises ends here, for pages and API alike: never a stack
 * trace, never a blank 500.
 */
@ControllerAdvice
class SiteExceptionHandler {

	private final ErrorPages errorPages;

	SiteExceptionHandler(ErrorPages errorPages) {
		this.errorPages = errorPages;
	}

	@ExceptionHandler(Exception.class)
	ModelAndView handle(Exception exception, HttpServletRequest request) {
		String path = request.getRequestURI();
		return errorPages.render(request, path, Problems.of(exception, path));
	}

}
