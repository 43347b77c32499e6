package com.toolkitatlas.fit;

import java.util.List;

import com.toolkitatlas.web.QueryRecordArguments;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * {@link KnownRequest}, the query of the fit and switch pages and their JSON twins, read
 * without binding's work per request ({@link QueryRecordArguments}). Spring MVC asks the
 * argument resolvers added here before its own catch-all binding.
 */
@Configuration(proxyBeanMethods = false)
class KnownRequestReading implements WebMvcConfigurer {

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new QueryRecordArguments(KnownRequest.class));
	}

}
