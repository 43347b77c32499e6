package com.toolkitatlas.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.toolkitatlas.filter.RoleFilterParser;
import com.toolkitatlas.fit.KnownItemsParser;
import com.toolkitatlas.salary.SalaryCharts;
import com.toolkitatlas.sitemap.Sitemap;
import com.toolkitatlas.web.ErrorPages;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Service;

/**
 * The web layer alone, over the fixture catalogue ({@link FixtureConfiguration}): every
 * controller and controller advice with the real services and templates, driven through
 * {@code MockMvcTester}, without a server, a database or the page cache. For how
 * controllers read requests and map errors (status, view, problem details); what needs a
 * real Tomcat (its error report, the page cache, headers on every response) is tested
 * with {@link WebTest}. All slice tests share this one configuration, so they share one
 * application context. The API package is left out: its description and reference page
 * are tested against the whole application ({@code OpenApiDescriptionTest}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest(includeFilters = @ComponentScan.Filter(type = FilterType.ANNOTATION, classes = Service.class),
		excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = "com\\.toolkitatlas\\.api\\..*"))
@Import({ FixtureConfiguration.class, SalaryCharts.class, RoleFilterParser.class, KnownItemsParser.class, Sitemap.class,
		ErrorPages.class })
@Tag("slice")
public @interface WebSliceTest {

}
