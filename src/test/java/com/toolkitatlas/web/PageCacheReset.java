package com.toolkitatlas.web;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Empties the page cache before each test class of the shared application, so that what a
 * class sees never depends on which classes ran before it: every class starts with the
 * cache on, as in production ({@code atlas.pages.cache=true}, set by
 * {@link com.toolkitatlas.support.WebTest}), and empty.
 */
public class PageCacheReset implements BeforeAllCallback {

	@Override
	public void beforeAll(ExtensionContext context) {
		SpringExtension.getApplicationContext(context).getBean(PageCache.class).clear();
	}

}
