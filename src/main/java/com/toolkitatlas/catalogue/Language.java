package com.toolkitatlas.catalogue;

public record Language(String slug, String name) {
}
