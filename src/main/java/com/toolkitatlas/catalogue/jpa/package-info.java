/**
 * The JPA entities and repositories of the catalogue tables, read once at start-up by the
 * catalogue loader and by nothing else: pages never touch them.
 */
package com.toolkitatlas.catalogue.jpa;
