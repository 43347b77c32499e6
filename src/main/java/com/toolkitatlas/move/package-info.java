/**
 * The way from one role to another ({@code /switch/{from}-to-{to}} and its JSON twin).
 * The package is called {@code move} because {@code switch} is a Java keyword and cannot
 * name a package; the addresses keep the word readers use.
 */
package com.toolkitatlas.move;
