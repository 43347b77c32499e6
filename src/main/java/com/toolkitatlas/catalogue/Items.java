package com.toolkitatlas.catalogue;

/** Small ordered entries of a role's profile. */
public final class Items {

	private Items() {
	}

	/**
	 * A kind of project the role is suited to, with a concrete example where the
	 * catalogue has one.
	 */
	public record UseCase(String title, String example) {
	}

	/** One rung of the career ladder. */
	public record CareerStep(String title, Source source) {
	}

	/** A sourced figure about the role other than pay: employment, growth, demand. */
	public record Fact(String topic, String text, Source source) {
	}

}
