package com.toolkitatlas.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How pages are cached: by browsers and proxies ({@code maxAge}, then revalidated with
 * the ETag) and in this application's memory ({@code cache}). Set with
 * {@code atlas.pages.*} or {@code ATLAS_PAGES_*}.
 *
 * @param maxAge how long browsers and proxies may keep a page before revalidating it
 * @param cache whether rendered pages are kept in memory
 * @param cacheSize the memory for pages whose address is fixed by the catalogue
 * (profiles, pairs, skills, tools...)
 * @param queryCacheSize the memory for pages whose address is made of query parameters
 * (filters, searches, questionnaire answers, comparisons of several roles), kept apart so
 * that no number of them can push the others out
 * @param writeBufferSize how much of an answer, headers and body, Tomcat gathers before
 * it writes to the socket: a page up to this size leaves in one system call. Each
 * connection holds a direct buffer of this size, resident only as far as its answers fill
 * it. 128 kB holds the largest page (the ticked fit page, 94 kB) in one write, which 64
 * kB did not (bench/RESULTS.md)
 */
@ConfigurationProperties("atlas.pages")
public record PageSettings(@DefaultValue("5m") Duration maxAge, @DefaultValue("true") boolean cache,
		@DefaultValue("16MB") DataSize cacheSize, @DefaultValue("4MB") DataSize queryCacheSize,
		@DefaultValue("128KB") DataSize writeBufferSize) {
}
