package com.toolkitatlas.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.toolkitatlas.web.PageCacheReset;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * The whole application on a random port, as a browser or a program meets it. All web
 * tests share this one configuration, so they share one application context. The page
 * cache is on, as in production, and emptied before each test class
 * ({@link PageCacheReset}), so a class sees the same pages whatever ran before it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.jpa.properties.hibernate.generate_statistics=true", "atlas.pages.cache=true" })
@ExtendWith({ SpringExtension.class, PageCacheReset.class })
@Import(Site.class)
@Tag("application")
public @interface WebTest {

}
