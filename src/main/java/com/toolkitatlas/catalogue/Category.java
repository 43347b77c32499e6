package com.toolkitatlas.catalogue;

/** A category of skills or of tools. */
public record Category(String slug, String label, int position) {
}
