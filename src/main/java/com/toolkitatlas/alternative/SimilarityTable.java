package com.toolkitatlas.alternative;

import java.util.List;

import com.toolkitatlas.catalogue.Role;

/** The similarity score of every pair of roles, for checking the rankings on /sources. */
public record SimilarityTable(List<Role> roles, List<Row> rows) {

    /** @param percents one per role in {@code roles}; null on the diagonal */
    public record Row(Role role, List<Integer> percents) {
    }
}
