package com.toolkitatlas.web;

import java.util.List;

import com.toolkitatlas.support.Page;
import com.toolkitatlas.support.Site;
import com.toolkitatlas.support.WebTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hiring planner's addresses are made of several parameters, some repeated: the cache
 * keys them by every parameter that changes the plan, and keeps one page per choice
 * however the choice is spelled, so reorderings, repeats and unknown values cannot fill
 * it.
 */
@WebTest
class HireAddressesTest {

	@Autowired
	Site site;

	@Autowired
	PageCache cache;

	@Autowired
	PageAddresses addresses;

	@Test
	void theHirePagesAreKeyedByTheirProjectsAndStage() {
		for (String path : List.of("/hire", "/api/hire")) {
			assertThat(addresses.parametersOf(path, path).names()).as(path).containsExactly("project", "stage");
		}
		Page prototype = site.get("/hire?project=predictive-analytics&stage=prototype");
		Page production = site.get("/hire?project=predictive-analytics&stage=production");
		assertThat(prototype.h1()).isNotEqualTo(production.h1());
	}

	@Test
	void otherSpellingsRepeatsAndUnknownValuesAddNothingToTheCache() {
		site.get("/hire?project=fraud-detection&project=data-pipelines&stage=production");
		cache.cleanUp();
		long entries = cache.entries();

		for (int i = 0; i < 50; i++) {
			String repeats = "&project=fraud-detection".repeat(i + 1);
			assertThat(site.get("/hire?stage=production&project=data-pipelines" + repeats).status()).isEqualTo(301);
			assertThat(site.get("/hire?project=fraud-detection&project=unknown-" + i).status()).isEqualTo(400);
			assertThat(
					site.get("/hire?project=fraud-detection&project=data-pipelines&stage=production&x=" + i).status())
				.isEqualTo(200);
		}
		cache.cleanUp();

		assertThat(cache.entries()).isEqualTo(entries);
	}

}
