package com.toolkitatlas.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that drives the running application in headless Chromium: test methods take a
 * {@link Browser} parameter. One browser serves the whole run. Without Chromium the tests
 * are skipped with a message saying how to install it, except in CI ({@code CI=true}),
 * where a missing browser fails the build.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(BrowserExtension.class)
@WebTest
@Tag("browser")
public @interface BrowserTest {

}
