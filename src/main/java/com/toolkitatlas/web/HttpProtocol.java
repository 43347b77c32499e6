package com.toolkitatlas.web;

import org.apache.coyote.Request;
import org.apache.coyote.Response;
import org.apache.coyote.http11.Http11Nio2Protocol;

/**
 * Tomcat's HTTP/1.1 protocol on its NIO2 connector, which does not look for a way to
 * compress a response that already says how its body is encoded.
 * <p>
 * NIO2 rather than Tomcat's default NIO connector because it serves the same answers with
 * less CPU: per cached page, 1.06 to 1.30 times what nginx needs for the same bytes in
 * the same run, against 1.20 to 1.54 on NIO (bench/RESULTS.md, "Cached pages on NIO2,
 * closing connections in order"). The page cache's valve, the socket buffers and the
 * error reports work the same on both, and its connections close as NIO's do
 * ({@link OrderlyCloseEndpoint}).
 * <p>
 * The application compresses pages itself, once, when it renders them; Tomcat would still
 * parse the {@code Content-Encoding} header of every such response into a set to find out
 * it must not compress it again, which JFR put at 7 to 9 % of the CPU of serving a cached
 * page (bench/RESULTS.md). Every other response (stylesheets, scripts, metrics) is
 * checked and compressed as before. Named in {@link HttpConfiguration}; Tomcat makes it
 * by its class name, so it stays public.
 */
public class HttpProtocol extends Http11Nio2Protocol {

	public HttpProtocol() {
		super(new OrderlyCloseEndpoint());
	}

	@Override
	public boolean useCompression(Request request, Response response) {
		// Tomcat would not compress an encoded body either, but for "identity", which
		// nothing here sends.
		return response.getMimeHeaders().getValue("Content-Encoding") == null
				&& super.useCompression(request, response);
	}

}
