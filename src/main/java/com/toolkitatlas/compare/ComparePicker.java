package com.toolkitatlas.compare;

import java.util.List;

import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.catalogue.RolePair;

/**
 * The compare picker: every role as a choice, the slugs already ticked, and the fifteen
 * pairs.
 */
public record ComparePicker(List<Role> roles, List<String> selected, List<RolePair> pairs) {
}
