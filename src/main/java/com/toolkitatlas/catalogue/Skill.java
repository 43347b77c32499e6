package com.toolkitatlas.catalogue;

public record Skill(String slug, String name, Category category) {
}
