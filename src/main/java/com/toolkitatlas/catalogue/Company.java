package com.toolkitatlas.catalogue;

public record Company(String slug, String name) {
}
