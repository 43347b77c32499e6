package com.toolkitatlas.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PageCacheTest {

	@Test
	void keepsPagesUntilTheirSizeExceedsTheBoundThenForgetsTheOldestFirst() {
		PageCache cache = new PageCache(10_000);
		for (int i = 0; i < 10; i++) {
			cache.put("/page/" + i, page(1_500));
		}

		assertThat(cache.bytes()).isLessThanOrEqualTo(10_000);
		assertThat(cache.get("/page/0")).as("the oldest is gone").isNull();
		assertThat(cache.get("/page/9")).as("the newest is kept").isNotNull();
		assertThat(cache.entries()).isBetween(4, 6);
	}

	@Test
	void neverKeepsAPageLargerThanAQuarterOfTheBound() {
		PageCache cache = new PageCache(10_000);
		cache.put("/huge", page(5_000));

		assertThat(cache.get("/huge")).isNull();
		assertThat(cache.bytes()).isZero();
	}

	@Test
	void theFirstRenderingOfAPageIsTheOneKept() {
		PageCache cache = new PageCache(100_000);
		RenderedPage first = page(100);
		cache.put("/a", first);
		cache.put("/a", page(200));

		assertThat(cache.get("/a")).isSameAs(first);
		assertThat(cache.entries()).isEqualTo(1);
	}

	@Test
	void ifNoneMatchComparesWeakly() {
		String etag = "W/\"abc\"";
		assertThat(HttpCaching.matches("W/\"abc\"", etag)).isTrue();
		assertThat(HttpCaching.matches("\"abc\"", etag)).isTrue();
		assertThat(HttpCaching.matches("\"x\", W/\"abc\"", etag)).isTrue();
		assertThat(HttpCaching.matches("*", etag)).isTrue();
		assertThat(HttpCaching.matches("\"abd\"", etag)).isFalse();
		assertThat(HttpCaching.matches(null, etag)).isFalse();
	}

	@Test
	void gzipIsSentOnlyToClientsThatAcceptIt() {
		assertThat(HttpCaching.acceptsGzip("gzip, deflate, br")).isTrue();
		assertThat(HttpCaching.acceptsGzip("br;q=1.0, gzip;q=0.8")).isTrue();
		assertThat(HttpCaching.acceptsGzip("gzip;q=0")).isFalse();
		assertThat(HttpCaching.acceptsGzip("gzip; q=0.0, identity")).isFalse();
		assertThat(HttpCaching.acceptsGzip("identity")).isFalse();
		assertThat(HttpCaching.acceptsGzip(null)).isFalse();
	}

	private static RenderedPage page(int size) {
		byte[] body = "x".repeat(size).getBytes(StandardCharsets.UTF_8);
		return new RenderedPage("text/html;charset=UTF-8", List.of(), body, null, RenderedPage.etagOf(body));
	}

}
