package com.toolkitatlas.operations;

import java.time.Duration;

import org.apache.catalina.connector.Connector;
import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Keeps serving for a while when told to stop ({@code atlas.shutdown.drain}), before the
 * graceful shutdown stops taking requests. Readiness is already DOWN then (Spring Boot
 * says so as soon as shutdown starts), so load balancers stop sending new requests; and
 * every answer now closes its connection, so clients holding a keep-alive connection to
 * this instance reconnect, to another one, instead of sending their next request into a
 * server that has stopped listening (Tomcat answers those with 503 or drops them). Runs
 * before the web server's graceful shutdown: it stops first, in the last phase.
 */
@Component
class ShutdownDrain implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ShutdownDrain.class);

	private final ApplicationContext context;

	private final Duration drain;

	private volatile boolean running;

	ShutdownDrain(ApplicationContext context, @Value("${atlas.shutdown.drain:0s}") Duration drain) {
		this.context = context;
		this.drain = drain;
	}

	@Override
	public void start() {
		running = true;
	}

	@Override
	public void stop() {
		running = false;
		if (drain.isZero() || drain.isNegative() || !(context instanceof WebServerApplicationContext web
				&& web.getWebServer() instanceof TomcatWebServer tomcat)) {
			return;
		}
		for (Connector connector : tomcat.getTomcat().getService().findConnectors()) {
			if (connector.getProtocolHandler() instanceof AbstractHttp11Protocol<?> http) {
				// Read by Tomcat for every request: from now on each answer closes its
				// connection.
				http.setMaxKeepAliveRequests(1);
			}
		}
		log.info("Stopping: readiness is down and every answer closes its connection; serving for {} s more",
				drain.toSeconds());
		try {
			Thread.sleep(drain.toMillis());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

}
