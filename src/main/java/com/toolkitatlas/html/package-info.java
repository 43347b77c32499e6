/**
 * Writing HTML from Java for the lists a page repeats hundreds of times, escaped as the
 * templates escape; used by the view models of every feature and by the site's layout.
 */
package com.toolkitatlas.html;
