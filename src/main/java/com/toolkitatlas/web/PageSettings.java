package com.toolkitatlas.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How pages are cached: by browsers and proxies ({@code maxAge}, then revalidated with
 * the ETag) and in this application's memory ({@code cache}, bounded by
 * {@code cacheSize}). Set with {@code atlas.pages.*} or {@code ATLAS_PAGES_*}.
 */
@ConfigurationProperties("atlas.pages")
public record PageSettings(@DefaultValue("5m") Duration maxAge, @DefaultValue("true") boolean cache,
		@DefaultValue("16MB") DataSize cacheSize) {
}
