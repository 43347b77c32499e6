package com.toolkitatlas.web;

import java.util.List;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.support.ConfigurableWebBindingInitializer;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

/**
 * How Spring MVC prepares every request for a controller, set once at start-up rather
 * than per request: Spring MVC invokes {@code @ModelAttribute} and {@code @InitBinder}
 * methods of controller advice reflectively on every request and reads their annotations
 * again each time (bench/RESULTS.md, "Rendering, fifth round").
 */
@Configuration(proxyBeanMethods = false)
class PageRequests implements WebMvcConfigurer {

	private final PageModel pageModel;

	PageRequests(PageModel pageModel) {
		this.pageModel = pageModel;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(pageModel);
	}

	/**
	 * Every {@link QueryRecord} read without binding's work per request. Spring MVC asks
	 * the argument resolvers added here before its own catch-all binding.
	 */
	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new QueryRecordArguments());
	}

	/**
	 * Request records ({@code FilterRequest}, ...) bind through their constructors only:
	 * a query parameter that names none of their components, such as
	 * {@code q.class.classLoader}, is ignored, never followed as a property path into the
	 * record. Set on the binding initializer every data binder is made with.
	 */
	@Bean
	static BeanPostProcessor requestRecordsBindByConstructorOnly() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof RequestMappingHandlerAdapter adapter) {
					if (!(adapter
						.getWebBindingInitializer() instanceof ConfigurableWebBindingInitializer initializer)) {
						throw new IllegalStateException(
								"Request records cannot be made to bind by constructor only: no configurable "
										+ "binding initializer on " + beanName);
					}
					initializer.setDeclarativeBinding(true);
				}
				return bean;
			}
		};
	}

}
