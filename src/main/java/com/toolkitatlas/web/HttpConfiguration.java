package com.toolkitatlas.web;

import java.util.EnumSet;

import jakarta.servlet.DispatcherType;

import org.apache.catalina.Host;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ProtocolHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * How every response leaves the application: security headers, HTTP caching, and Tomcat's
 * own refusals.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PageSettings.class)
class HttpConfiguration {

	@Bean
	PageCache pageCache(PageSettings settings) {
		return new PageCache(settings.cacheSize().toBytes(), settings.queryCacheSize().toBytes());
	}

	@Bean
	PageAddresses pageAddresses(ObjectProvider<RequestMappingInfoHandlerMapping> mappings) {
		return new PageAddresses(mappings);
	}

	@Bean
	FilterRegistrationBean<SecurityHeaders> securityHeaders() {
		FilterRegistrationBean<SecurityHeaders> registration = new FilterRegistrationBean<>(new SecurityHeaders());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		registration.setDispatcherTypes(EnumSet.of(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC));
		return registration;
	}

	@Bean
	FilterRegistrationBean<HttpCaching> httpCaching(PageCache pageCache, PageSettings settings) {
		FilterRegistrationBean<HttpCaching> registration = new FilterRegistrationBean<>(
				new HttpCaching(settings.cache() ? pageCache : null, settings));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		return registration;
	}

	/**
	 * Serves cached pages from a valve in front of everything else (Tomcat's engine),
	 * keeps answers already compressed out of Tomcat's compression check
	 * ({@link HttpProtocol}), tunes the socket buffers, answers {@code OPTIONS *} through
	 * the application, and replaces Tomcat's error report (and the one Spring Boot
	 * configures) with the site's own. Runs after Spring Boot's customizers, so it sees
	 * and removes the valve they add.
	 */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> tomcatValves(PageCache pageCache,
			PageAddresses pageAddresses, PageSettings settings, ObjectProvider<ErrorPages> errorPages) {
		return new WebServerFactoryCustomizer<>() {
			@Override
			public void customize(TomcatServletWebServerFactory factory) {
				if (settings.cache()) {
					factory.addEngineValves(new PageCacheValve(pageCache, pageAddresses));
				}
				factory.setProtocol(HttpProtocol.class.getName());
				factory.addConnectorCustomizers(connector -> {
					connector.addLifecycleListener(event -> {
						if (Lifecycle.AFTER_INIT_EVENT.equals(event.getType())) {
							ProtocolHandler protocol = connector.getProtocolHandler();
							protocol.setAdapter(new ServerWideOptions(protocol.getAdapter()));
						}
					});
					// A page leaves in one write (up to atlas.pages.write-buffer-size)
					// rather than in pieces of Tomcat's default 8 kB, and from a direct
					// buffer, which saves the JDK a copy per write: each measured to save
					// CPU per page.
					connector.setProperty("socket.appWriteBufSize",
							String.valueOf(settings.writeBufferSize().toBytes()));
					connector.setProperty("socket.directBuffer", "true");
				});
				factory.addContextCustomizers(context -> {
					Host host = (Host) context.getParent();
					for (Valve valve : host.getPipeline().getValves()) {
						if (valve instanceof ErrorReportValve) {
							host.getPipeline().removeValve(valve);
						}
					}
					host.getPipeline().addValve(new SiteErrorReportValve(errorPages));
					if (host instanceof StandardHost standardHost) {
						standardHost.setErrorReportValveClass(SiteErrorReportValve.class.getName());
					}
				});
			}
		};
	}

}
