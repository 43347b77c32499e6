package com.toolkitatlas.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every exception a request raises ends here, for pages and API alike: the problem the
 * exception carries ({@link ClientErrorException}), or one in the site's words for any
 * other failure; never a stack trace, never a blank 500.
 */
@ControllerAdvice
class SiteExceptionHandler {

	private final ErrorPages errorPages;

	SiteExceptionHandler(ErrorPages errorPages) {
		this.errorPages = errorPages;
	}

	@ExceptionHandler(Exception.class)
	ModelAndView handle(Exception exception, HttpServletRequest request, HttpServletResponse response) {
		return errorPages.render(request, response, request.getRequestURI(), exception);
	}

}
