package com.toolkitatlas.web;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.LongAdder;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * Rendered pages kept in memory, keyed by their canonical address
 * ({@link PageAddresses}), in two parts with a size bound each:
 * <ul>
 * <li>pages whose address is fixed by the catalogue (a profile, a pair, a tool, the home
 * page): a few hundred, which a flood of other addresses can never push out;</li>
 * <li>pages whose address is made of query parameters (a filter, a search, answers to the
 * questionnaire, a comparison of several roles, and whatever page of that kind comes
 * next): practically unbounded, so they compete only among themselves.</li>
 * </ul>
 * Within each part Caffeine's W-TinyLFU policy admits a new page only if it is asked for
 * more often than the page it would evict, so addresses asked for once do not displace
 * popular ones. Reading never locks. A page that several requests miss at once is
 * rendered once: the first renders it and the others wait for it
 * ({@link #joinRendering}). Hits, misses, shared renderings, evictions and sizes are
 * published as metrics ({@code atlas.page.cache.*}).
 */
public class PageCache implements MeterBinder {

	private final Cache<String, RenderedPage> fixed;

	private final Cache<String, RenderedPage> queries;

	private final long fixedBytes;

	private final long queryBytes;

	private final Map<String, CompletableFuture<RenderedPage>> renderings = new ConcurrentHashMap<>();

	private final LongAdder hits = new LongAdder();

	private final LongAdder misses = new LongAdder();

	private final LongAdder shared = new LongAdder();

	private final LongAdder fixedEvictions = new LongAdder();

	private final LongAdder queryEvictions = new LongAdder();

	/**
	 * @param fixedBytes the bound of pages whose address is fixed by the catalogue
	 * @param queryBytes the bound of pages whose address is made of query parameters
	 */
	public PageCache(long fixedBytes, long queryBytes) {
		this(fixedBytes, queryBytes, null);
	}

	/**
	 * @param maintenance where Caffeine does its bookkeeping (evictions), or null for its
	 * default, a background thread
	 */
	PageCache(long fixedBytes, long queryBytes, Executor maintenance) {
		this.fixedBytes = fixedBytes;
		this.queryBytes = queryBytes;
		this.fixed = build(fixedBytes, fixedEvictions, maintenance);
		this.queries = build(queryBytes, queryEvictions, maintenance);
	}

	private static Cache<String, RenderedPage> build(long maxBytes, LongAdder evictions, Executor maintenance) {
		Caffeine<String, RenderedPage> builder = Caffeine.newBuilder()
			.maximumWeight(maxBytes)
			.weigher((String key, RenderedPage page) -> weight(key, page))
			.evictionListener((String key, RenderedPage page, RemovalCause cause) -> evictions.increment());
		if (maintenance != null) {
			builder.executor(maintenance);
		}
		return builder.build();
	}

	private static int weight(String key, RenderedPage page) {
		return (int) Math.min(Integer.MAX_VALUE, page.size() + 2L * key.length());
	}

	/** The page kept under this key, or null; counted as a hit or a miss. */
	RenderedPage get(String key) {
		RenderedPage page = part(key).getIfPresent(key);
		(page == null ? misses : hits).increment();
		return page;
	}

	/** The page kept under this key, or null; not counted. */
	RenderedPage peek(String key) {
		return part(key).getIfPresent(key);
	}

	/**
	 * Offers a page to the cache; the admission policy decides whether it stays. A page
	 * larger than a quarter of its part's bound is never kept: it would push out too many
	 * others.
	 */
	void put(String key, RenderedPage page) {
		long bound = PageAddresses.hasQuery(key) ? queryBytes : fixedBytes;
		if (weight(key, page) <= bound / 4) {
			part(key).asMap().putIfAbsent(key, page);
		}
	}

	/**
	 * Joins the rendering of a page already under way, or, when there is none, makes the
	 * caller the one that renders it: it must then call {@link #finishRendering} whatever
	 * happens.
	 * @return the page being rendered by another request (null when it turns out not to
	 * be reusable), or null when the caller is to render it
	 */
	CompletableFuture<RenderedPage> joinRendering(String key) {
		CompletableFuture<RenderedPage> underWay = renderings.putIfAbsent(key, new CompletableFuture<>());
		if (underWay != null) {
			shared.increment();
		}
		return underWay;
	}

	/**
	 * Hands the rendered page, or null if the answer was not reusable (an error, a
	 * redirect), to the requests waiting for it.
	 */
	void finishRendering(String key, RenderedPage page) {
		CompletableFuture<RenderedPage> rendering = renderings.remove(key);
		if (rendering != null) {
			rendering.complete(page);
		}
	}

	private Cache<String, RenderedPage> part(String key) {
		return PageAddresses.hasQuery(key) ? queries : fixed;
	}

	/** Forgets every page; for tests that must see pages rendered. */
	void clear() {
		fixed.invalidateAll();
		queries.invalidateAll();
		cleanUp();
	}

	/** Does the pending bookkeeping now; for tests. */
	void cleanUp() {
		fixed.cleanUp();
		queries.cleanUp();
	}

	boolean contains(String key) {
		return part(key).asMap().containsKey(key);
	}

	long entries() {
		return fixed.estimatedSize() + queries.estimatedSize();
	}

	long bytes() {
		return bytes(fixed) + bytes(queries);
	}

	private static long bytes(Cache<String, RenderedPage> cache) {
		return cache.policy().eviction().map(eviction -> eviction.weightedSize().orElse(0)).orElse(0L);
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		FunctionCounter.builder("atlas.page.cache.requests", hits, LongAdder::sum)
			.tag("result", "hit")
			.description("Page requests answered from the page cache")
			.register(registry);
		FunctionCounter.builder("atlas.page.cache.requests", misses, LongAdder::sum)
			.tag("result", "miss")
			.description("Page requests that were not in the page cache")
			.register(registry);
		FunctionCounter.builder("atlas.page.cache.requests", shared, LongAdder::sum)
			.tag("result", "shared")
			.description("Page cache misses that waited for another request's rendering of the same page")
			.register(registry);
		bind(registry, "fixed", fixed, fixedEvictions);
		bind(registry, "query", queries, queryEvictions);
	}

	private static void bind(MeterRegistry registry, String addresses, Cache<String, RenderedPage> cache,
			LongAdder evictions) {
		Gauge.builder("atlas.page.cache.entries", cache, Cache::estimatedSize)
			.tag("addresses", addresses)
			.description("Pages in the page cache")
			.register(registry);
		Gauge.builder("atlas.page.cache.size", cache, PageCache::bytes)
			.tag("addresses", addresses)
			.baseUnit("bytes")
			.description("Memory the pages in the page cache take, roughly")
			.register(registry);
		FunctionCounter.builder("atlas.page.cache.evictions", evictions, LongAdder::sum)
			.tag("addresses", addresses)
			.description("Pages the page cache let go to make room")
			.register(registry);
	}

}
