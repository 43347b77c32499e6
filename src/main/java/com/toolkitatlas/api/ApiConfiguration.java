package com.toolkitatlas.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class ApiConfiguration implements WebMvcConfigurer {

	/** The data is public and read-only: any site may read it from a browser. */
	@Override
	public void addCorsMappings(CorsRegistry registry) {
		registry.addMapping("/api/**").allowedOrigins("*").allowedMethods("GET", "HEAD").maxAge(86_400);
		registry.addMapping("/v3/api-docs/**").allowedOrigins("*").allowedMethods("GET", "HEAD").maxAge(86_400);
	}

	@Bean
	OpenAPI toolkitAtlasOpenApi(ObjectProvider<BuildProperties> build) {
		String version = build.stream().map(BuildProperties::getVersion).findFirst().orElse("development");
		return new OpenAPI().info(new Info().title("Toolkit Atlas API")
			.version(version)
			.description("The catalogue of engineering career toolkits and the computations of the site "
					+ "(comparisons, alternatives, the how-to-pick ranking, filters) as JSON. Read-only, no key "
					+ "needed. Identifiers are slugs; every salary figure carries its basis, region, date and "
					+ "source. Errors are RFC 9457 problem details (application/problem+json). Responses carry "
					+ "ETag and Cache-Control headers.")
			.license(new License().name("Catalogue facts: see /sources for each source's terms")));
	}

}
