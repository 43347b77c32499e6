package com.toolkitatlas.catalogue;

import java.util.List;

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

	/**
	 * One step of the career ladder.
	 *
	 * @param follows the position (from 1) of the step it leads on from, 0 for the first
	 * step: two steps that follow the same one are the two roads of a split
	 */
	public record CareerStep(String title, Source source, int follows) {
	}

	/**
	 * One level of a career ladder as it is drawn: the steps reached from the same
	 * earlier step, several where the road splits.
	 *
	 * @param from the step they lead on from, or null on the first level
	 */
	public record CareerRung(CareerStep from, List<CareerStep> steps) {

		public boolean split() {
			return steps.size() > 1;
		}

	}

	/** A sourced figure about the role other than pay: employment, growth, demand. */
	public record Fact(String topic, String text, Source source) {
	}

}
