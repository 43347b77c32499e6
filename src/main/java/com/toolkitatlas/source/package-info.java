/**
 * The sources page and its JSON twin: every source with its address and date, the
 * evidence behind each tool cost, and how the figures and computations were chosen.
 */
package com.toolkitatlas.source;
