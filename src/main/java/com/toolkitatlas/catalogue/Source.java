package com.toolkitatlas.catalogue;

/**
 * Where a fact comes from: one of the seed documents (no public address) or a stored web
 * page. Confidence: A for an official statistic read on the official page itself, B for a
 * secondary page naming its primary source or an official figure read from a third-party
 * copy, C for a page whose method is unclear; seeds carry none.
 */
public record Source(String code, boolean seed, String title, String url, String published, String measured,
		String confidence) {

	public boolean hasUrl() {
		return url != null;
	}

	/**
	 * Whether the grade is one the definitions allow: A only for a figure read on the
	 * official page itself, so an official statistic read from a third-party copy is at
	 * most B.
	 */
	public boolean gradeSupported() {
		return !"A".equals(confidence) || officialPage();
	}

	/** Whether the address is the statistical agency's own site (bls.gov). */
	public boolean officialPage() {
		if (url == null) {
			return false;
		}
		String host = java.net.URI.create(url).getHost();
		return host != null && (host.equals("bls.gov") || host.endsWith(".bls.gov"));
	}
}
