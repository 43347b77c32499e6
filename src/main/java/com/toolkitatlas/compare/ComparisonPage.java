package com.toolkitatlas.compare;

/** A comparison a page shows, known by its canonical address. */
public interface ComparisonPage {

	/** The canonical address of the page, for {@code <link rel="canonical">}. */
	String path();

}
