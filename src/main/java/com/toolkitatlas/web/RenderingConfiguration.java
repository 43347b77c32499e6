package com.toolkitatlas.web;

import java.util.LinkedHashSet;
import java.util.stream.Collectors;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.cache.StandardCacheManager;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/** How the site writes its pages. */
@Configuration(proxyBeanMethods = false)
class RenderingConfiguration {

	/**
	 * Expressions Thymeleaf keeps parsed (and compiled): several times what the templates
	 * hold.
	 */
	static final int EXPRESSION_CACHE_SIZE = 5000;

	/**
	 * Every template is an HTML page, read with its indentation dropped
	 * ({@link TrimmedTemplates}). Left alone, Thymeleaf guesses a view's content type
	 * from the address, so the 404 page for {@code /x.js} went out as
	 * {@code application/javascript}.
	 */
	@Bean
	static BeanPostProcessor htmlViewsAreHtml() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof ThymeleafViewResolver resolver) {
					resolver.setForceContentType(true);
				}
				if (bean instanceof SpringTemplateEngine engine) {
					engine.setCacheManager(expressionsKeptWhole());
					engine.setTemplateResolvers(engine.getTemplateResolvers()
						.stream()
						.map(TrimmedTemplates::new)
						.collect(Collectors.toCollection(LinkedHashSet::new)));
				}
				return bean;
			}
		};
	}

	/**
	 * Thymeleaf keeps 500 parsed expressions by default; the templates hold more than
	 * that (each attribute is one, each {@code ${…}} in it another), so pages could evict
	 * one another's expressions, to be parsed and, with the SpEL compiler, compiled
	 * again. Room for all of them keeps each parsed once. (Most recompilation measured
	 * comes from elsewhere: one expression evaluated against different types, see
	 * bench/RESULTS.md.)
	 */
	static StandardCacheManager expressionsKeptWhole() {
		StandardCacheManager cacheManager = new StandardCacheManager();
		cacheManager.setExpressionCacheMaxSize(EXPRESSION_CACHE_SIZE);
		return cacheManager;
	}

}
