/**
 * Where a person fits ({@code /fit} and its JSON twin): every role ranked by how much of
 * its toolkit the person already knows, weighted by importance, and what to learn next.
 */
package com.toolkitatlas.fit;
