package com.toolkitatlas.hire;

/**
 * The stage a role's hiring text ties it to, with the phrase that says so.
 */
public record StageLean(Stage stage, String hiringPhrase) {
}
