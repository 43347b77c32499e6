package com.toolkitatlas.api;

import java.io.IOException;
import java.util.List;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.servers.Server;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.info.BuildProperties;
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
 * The API is public and read-only: any site may read it from a browser, and its
 * description names the site's public address.
 */
@Configuration(proxyBeanMethods = false)
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

	/**
	 * The description, with the site's configured public address as its server: never one
	 * taken from the request ({@code Host}, {@code X-Forwarded-Host}), since the
	 * description is cached and served to everyone.
	 */
	@Bean
	OpenAPI toolkitAtlasOpenApi(ObjectProvider<BuildProperties> build, @Value("${atlas.public-url}") String publicUrl) {
		String version = build.stream().map(BuildProperties::getVersion).findFirst().orElse("development");
		return new OpenAPI().servers(List.of(new Server().url(withoutTrailingSlash(publicUrl))))
			.info(new Info().title("Toolkit Atlas API")
				.version(version)
				.description("The catalogue of engineering career toolkits and the computations of the site "
						+ "(comparisons, alternatives, the how-to-pick ranking, filters) as JSON. Read-only, no key "
						+ "needed. Identifiers are slugs; every salary figure carries its basis, region, date and "
						+ "source. Errors are RFC 9457 problem details (application/problem+json). Responses carry "
						+ "ETag and Cache-Control headers.")
				.license(new License().name("Catalogue facts: see /sources for each source's terms")));
	}

	private static String withoutTrailingSlash(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
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
