package com.toolkitatlas.web;

import org.apache.coyote.Adapter;
import org.apache.coyote.Request;
import org.apache.coyote.Response;
import org.apache.tomcat.util.net.SocketEvent;

/**
 * Answers {@code OPTIONS *}, a question about the server as a whole, as the site answers
 * {@code OPTIONS /}: through the application, with the security headers and
 * {@code no-store}, listing the methods the site answers (GET, HEAD, OPTIONS). Tomcat
 * would answer it itself before any valve or filter runs, without those headers, and list
 * PUT and DELETE, which nothing here accepts. Sits between Tomcat's connector and its
 * usual adapter; every other request passes through untouched.
 */
final class ServerWideOptions implements Adapter {

	private final Adapter tomcat;

	ServerWideOptions(Adapter tomcat) {
		this.tomcat = tomcat;
	}

	@Override
	public void service(Request request, Response response) throws Exception {
		if ("OPTIONS".equals(request.getMethod()) && request.requestURI().equals("*")) {
			// An array of its own: Tomcat may write into the arrays it is handed.
			request.requestURI().setBytes(new byte[] { '/' }, 0, 1);
		}
		tomcat.service(request, response);
	}

	@Override
	public boolean prepare(Request request, Response response) throws Exception {
		return tomcat.prepare(request, response);
	}

	@Override
	public boolean asyncDispatch(Request request, Response response, SocketEvent status) throws Exception {
		return tomcat.asyncDispatch(request, response, status);
	}

	@Override
	public void log(Request request, Response response, long time) {
		tomcat.log(request, response, time);
	}

	@Override
	public void checkRecycled(Request request, Response response) {
		tomcat.checkRecycled(request, response);
	}

	@Override
	public String getDomain() {
		return tomcat.getDomain();
	}

}
