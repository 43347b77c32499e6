package com.toolkitatlas.catalogue;

/**
 * Where a fact comes from: one of the seed documents (no public address) or a stored web
 * page. Confidence: A for official statistics or vendor documents, B for a secondary page
 * naming its primary source, C for a page whose method is unclear; seeds carry none.
 */
public record Source(String code, boolean seed, String title, String url, String published, String measured,
		String confidence) {

	public boolean hasUrl() {
		return url != null;
	}
}
