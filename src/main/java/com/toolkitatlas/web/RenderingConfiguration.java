package com.toolkitatlas.web;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/** How the site writes its pages. */
@Configuration(proxyBeanMethods = false)
class RenderingConfiguration {

	/**
	 * Every template is an HTML page. Left alone, Thymeleaf guesses a view's content type
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
				return bean;
			}
		};
	}

}
