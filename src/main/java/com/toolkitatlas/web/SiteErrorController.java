package com.toolkitatlas.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers errors raised outside the application's controllers: an address nothing maps
 * to, or a request the servlet container refused. Same page and same problem details as
 * everywhere else.
 */
@Controller
class SiteErrorController implements ErrorController {

	private final ErrorPages errorPages;

	SiteErrorController(ErrorPages errorPages) {
		this.errorPages = errorPages;
	}

	@RequestMapping("${spring.web.error.path:/error}")
	ModelAndView error(HttpServletRequest request, HttpServletResponse response) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, HttpCaching.NO_STORE);
		Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		Object exception = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
		String path = uri instanceof String s ? s : request.getRequestURI();
		int code = status instanceof Integer i ? i : 404;
		if (code == 405) {
			// Tomcat refuses TRACE itself, listing every method a servlet could have:
			// this site has two.
			response.setHeader(HttpHeaders.ALLOW, "GET, HEAD");
		}
		return exception instanceof Exception e ? errorPages.render(request, response, path, e)
				: errorPages.render(request, path, Problems.forStatus(code, path), null);
	}

}
