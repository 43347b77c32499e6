/**
 * What an operator meets: the one-line message when the database cannot be reached at
 * start-up.
 */
package com.toolkitatlas.operations;
