package com.toolkitatlas.web;

import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * Rendered pages kept in memory, bounded by their total size; the oldest go first.
 * Reading never locks, so cached pages are served at the speed of a map look-up. Hits,
 * misses and size are published as metrics ({@code atlas.page.cache.*}).
 */
public class PageCache implements MeterBinder {

	private final long maxBytes;

	private final Map<String, RenderedPage> pages = new ConcurrentHashMap<>();

	private final Queue<String> insertionOrder = new ConcurrentLinkedQueue<>();

	private final AtomicLong bytes = new AtomicLong();

	private final LongAdder hits = new LongAdder();

	private final LongAdder misses = new LongAdder();

	public PageCache(long maxBytes) {
		this.maxBytes = maxBytes;
	}

	RenderedPage get(String key) {
		RenderedPage page = pages.get(key);
		(page == null ? misses : hits).increment();
		return page;
	}

	void put(String key, RenderedPage page) {
		long size = page.size() + 2L * key.length();
		if (size > maxBytes / 4 || pages.putIfAbsent(key, page) != null) {
			return;
		}
		insertionOrder.add(key);
		long total = bytes.addAndGet(size);
		while (total > maxBytes) {
			String oldest = insertionOrder.poll();
			if (oldest == null) {
				break;
			}
			RenderedPage evicted = pages.remove(oldest);
			total = evicted == null ? bytes.get() : bytes.addAndGet(-(evicted.size() + 2L * oldest.length()));
		}
	}

	/** Forgets every page; for tests that must see pages rendered. */
	void clear() {
		pages.clear();
		insertionOrder.clear();
		bytes.set(0);
	}

	int entries() {
		return pages.size();
	}

	long bytes() {
		return bytes.get();
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		FunctionCounter.builder("atlas.page.cache.requests", hits, LongAdder::sum)
			.tag("result", "hit")
			.description("Page requests answered from the page cache")
			.register(registry);
		FunctionCounter.builder("atlas.page.cache.requests", misses, LongAdder::sum)
			.tag("result", "miss")
			.description("Page requests that had to be rendered")
			.register(registry);
		Gauge.builder("atlas.page.cache.entries", this, PageCache::entries).register(registry);
		Gauge.builder("atlas.page.cache.size", this, PageCache::bytes).baseUnit("bytes").register(registry);
	}

}
