package com.toolkitatlas.catalogue;

import com.toolkitatlas.catalogue.jpa.CatalogueRepositories;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

@Configuration(proxyBeanMethods = false)
@EnableJpaRepositories(basePackageClasses = CatalogueRepositories.class, considerNestedRepositories = true)
class CatalogueConfiguration {

	/**
	 * The catalogue, read once at start-up: it only changes with a migration and a new
	 * release.
	 */
	@Bean
	Catalogue catalogue(CatalogueLoader loader) {
		return loader.load();
	}

}
