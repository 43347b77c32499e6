package com.toolkitatlas.web;

import java.io.IOException;

import jakarta.servlet.ServletException;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;

/**
 * Serves pages from the {@link PageCache} as soon as Tomcat has parsed the request, before the servlet
 * filters and Spring MVC: a cached page costs a map look-up and a write, which keeps the application
 * close to a static file server. A miss goes on to the application, where {@link HttpCaching} renders
 * the page and keeps it. Cached pages are counted in the {@code atlas.page.cache.requests} metric, not
 * in {@code http.server.requests}.
 */
class PageCacheValve extends ValveBase {

    private final PageCache cache;

    PageCacheValve(PageCache cache) {
        super(true);
        this.cache = cache;
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        String method = request.getMethod();
        String path = request.getRequestURI();
        // A request Tomcat has already refused (a malformed address) goes straight to the error report.
        if (!response.isError() && path != null && ("GET".equals(method) || "HEAD".equals(method))
                && HttpCaching.isPage(path)) {
            RenderedPage page = cache.get(HttpCaching.key(request));
            if (page != null) {
                // The page's headers, security headers included, were recorded when it was rendered.
                HttpCaching.send(page, request, response);
                return;
            }
        }
        getNext().invoke(request, response);
    }
}
