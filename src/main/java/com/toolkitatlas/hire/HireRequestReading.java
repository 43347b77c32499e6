package com.toolkitatlas.hire;

import java.util.List;

import com.toolkitatlas.web.QueryRecordArguments;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * {@link HireRequest}, the query of {@code /hire} and {@code /api/hire}, read without
 * binding's work per request ({@link QueryRecordArguments}). Spring MVC asks the argument
 * resolvers added here before its own catch-all binding.
 */
@Configuration(proxyBeanMethods = false)
class HireRequestReading implements WebMvcConfigurer {

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new QueryRecordArguments(HireRequest.class));
	}

}
