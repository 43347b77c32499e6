/**
 * The sitemap of every canonical page and the robots.txt that points to it.
 */
package com.toolkitatlas.sitemap;
