package com.toolkitatlas.api;

import java.io.IOException;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The API is public and read-only: any site may read it from a browser. Its OpenAPI
 * description starts here: springdoc reads this title and text, then the controllers,
 * when the build generates the description ({@code OpenApiDocumentTest}); the application
 * serves that copy with the site's public address and the build's version
 * ({@link ApiDescription}).
 */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "Toolkit Atlas API", version = ApiDescription.UNVERSIONED,
		description = "The catalogue of engineering career toolkits and the computations of the site "
				+ "(comparisons, alternatives, the how-to-pick ranking, filters) as JSON. Read-only, no key "
				+ "needed. Identifiers are slugs; every salary figure carries its basis, region, date and "
				+ "source. Errors are RFC 9457 problem details (application/problem+json). Responses carry "
				+ "ETag and Cache-Control headers.",
		license = @License(name = "Catalogue facts: see /sources for each source's terms")))
class ApiConfiguration implements WebMvcConfigurer {

	/** Preflight requests (a browser asking before it sends other headers). */
	@Override
	public void addCorsMappings(CorsRegistry registry) {
		registry.addMapping("/api/**").allowedOrigins("*").allowedMethods("GET", "HEAD").maxAge(86_400);
		registry.addMapping("/v3/api-docs/**").allowedOrigins("*").allowedMethods("GET", "HEAD").maxAge(86_400);
	}

	/**
	 * Every API answer says that any origin may read it, whether or not the request said
	 * where it came from: answers are cached and shared, and the first requester must not
	 * decide what the others get. So no answer varies by origin.
	 */
	@Bean
	FilterRegistrationBean<AnyOriginMayRead> anyOriginMayRead() {
		FilterRegistrationBean<AnyOriginMayRead> registration = new FilterRegistrationBean<>(new AnyOriginMayRead());
		registration.addUrlPatterns("/api/*", "/v3/api-docs", "/v3/api-docs/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
		return registration;
	}

	/** {@code Access-Control-Allow-Origin: *} on every answer but preflights. */
	static final class AnyOriginMayRead extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (!HttpMethod.OPTIONS.matches(request.getMethod())) {
				response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
			}
			chain.doFilter(request, response);
		}

	}

}
