/**
 * How every response leaves the application: errors as one problem detail rendered as the
 * site's page or as {@code application/problem+json}
 * ({@link com.toolkitatlas.web.ClientErrorException},
 * {@link com.toolkitatlas.web.ErrorPages}), what every page's model holds, counts and
 * lists in English, CSV, and the HTTP layer (security headers, caching, the page cache).
 */
package com.toolkitatlas.web;
