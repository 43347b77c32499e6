package com.toolkitatlas.web;

import com.toolkitatlas.support.Page;
import com.toolkitatlas.support.Site;
import com.toolkitatlas.support.WebTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A template that fails half-way through sends the error page, never the half already
 * written: Thymeleaf renders a page whole before it is sent, and {@link HttpCaching}
 * holds it until then too.
 */
@WebTest
@Import(TemplateFailureTest.BrokenPage.class)
class TemplateFailureTest {

	@Autowired
	Site site;

	@Test
	void aTemplateFailingHalfWaySendsTheErrorPageAndNothingOfTheHalf() {
		Page page = site.get("/test/broken-template");

		assertThat(page.status()).isEqualTo(500);
		assertThat(page.header("Content-Type")).startsWith("text/html");
		assertThat(page.body()).doesNotContain("Written before the failure").doesNotContain("Exception");
		assertThat(page.document().select("header.site-header")).hasSize(1);
		assertThat(page.header("Cache-Control")).isEqualTo("no-store");
	}

	@Controller
	static class BrokenPage {

		@GetMapping("/test/broken-template")
		String broken() {
			return "test/broken";
		}

	}

}
