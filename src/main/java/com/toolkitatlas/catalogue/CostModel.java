package com.toolkitatlas.catalogue;

/** How a tool is paid for: open source, subscription, pay as you go, and so on. */
public record CostModel(String slug, String label, String description) {
}
