package com.toolkitatlas.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PageCacheTest {

	/** Keys as {@link PageAddresses} writes them. */
	private static String fixed(String path) {
		return path;
	}

	private static String query(String path, String query) {
		return path + "\u0000?" + query;
	}

	@Test
	void keepsPagesWithinTheirBound() {
		PageCache cache = new PageCache(10_000, 10_000, Runnable::run);
		for (int i = 0; i < 10; i++) {
			cache.put(fixed("/page/" + i), page(1_500));
		}
		cache.cleanUp();

		assertThat(cache.bytes()).isLessThanOrEqualTo(10_000);
		assertThat(cache.entries()).isBetween(4L, 6L);
	}

	@Test
	void pagesAskedForOnceDoNotPushOutPopularOnes() {
		PageCache cache = new PageCache(1_000_000, 1_000_000, Runnable::run);
		List<String> popular = IntStream.range(0, 20).mapToObj(i -> query("/roles", "tool=t" + i)).toList();
		popular.forEach(key -> ask(cache, key));
		// A flood of searches nobody asks for twice, while people keep asking for the
		// popular filters: each of them once for every hundred flooding requests.
		for (int i = 0; i < 100_000; i++) {
			ask(cache, query("/roles", "q=flood" + i));
			if (i % 5 == 0) {
				ask(cache, popular.get(i / 5 % popular.size()));
			}
		}
		cache.cleanUp();

		assertThat(popular.stream().filter(cache::contains)).as("popular filters still kept").hasSize(popular.size());
	}

	/** What the page cache valve does: a look-up, and a rendering kept on a miss. */
	private static void ask(PageCache cache, String key) {
		if (cache.get(key) == null) {
			cache.put(key, page(2_000));
		}
	}

	@Test
	void noNumberOfQueryPagesCanPushOutAPageOfTheCatalogue() {
		PageCache cache = new PageCache(100_000, 20_000, Runnable::run);
		cache.put(fixed("/tools/kubernetes"), page(2_000));
		for (int i = 0; i < 20_000; i++) {
			String key = query("/fit", "answer=" + i);
			cache.get(key);
			cache.put(key, page(2_000));
			cache.get(key);
		}
		cache.cleanUp();

		assertThat(cache.contains(fixed("/tools/kubernetes"))).isTrue();
		assertThat(cache.bytes()).isLessThanOrEqualTo(120_000);
	}

	@Test
	void neverKeepsAPageLargerThanAQuarterOfItsBound() {
		PageCache cache = new PageCache(10_000, 10_000, Runnable::run);
		cache.put(fixed("/huge"), page(5_000));
		cache.cleanUp();

		assertThat(cache.get(fixed("/huge"))).isNull();
		assertThat(cache.bytes()).isZero();
	}

	@Test
	void theFirstRenderingOfAPageIsTheOneKept() {
		PageCache cache = new PageCache(100_000, 100_000, Runnable::run);
		RenderedPage first = page(100);
		cache.put(fixed("/a"), first);
		cache.put(fixed("/a"), page(200));

		assertThat(cache.get(fixed("/a"))).isSameAs(first);
		assertThat(cache.entries()).isEqualTo(1);
	}

	@Test
	void requestsMissingAPageUnderRenderingWaitForThatRendering() {
		PageCache cache = new PageCache(100_000, 100_000, Runnable::run);

		assertThat(cache.joinRendering("/a")).as("the first renders").isNull();
		CompletableFuture<RenderedPage> second = cache.joinRendering("/a");
		CompletableFuture<RenderedPage> third = cache.joinRendering("/a");
		assertThat(second).isNotNull().isSameAs(third).isNotDone();

		RenderedPage rendered = page(100);
		cache.finishRendering("/a", rendered);
		assertThat(second).isCompletedWithValue(rendered);
		assertThat(cache.joinRendering("/a")).as("a later miss renders anew").isNull();
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
