package com.toolkitatlas.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers errors raised outside the application's controllers: an address nothing maps to, or a
 * request the servlet container refused. Same page and same problem details as everywhere else.
 */
@Controller
class SiteErrorController implements ErrorController {

    private final ErrorPages errorPages;

    SiteErrorController(ErrorPages errorPages) {
        this.errorPages = errorPages;
    }

    @RequestMapping("${spring.web.error.path:/error}")
    ModelAndView error(HttpServletRequest request) {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Object exception = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        String path = uri instanceof String s ? s : request.getRequestURI();
        int code = status instanceof Integer i ? i : 404;
        return errorPages.render(request, path, exception instanceof Exception e
                ? Problems.of(e, path) : Problems.forStatus(code, path));
    }
}
