package com.toolkitatlas.compare;

import com.toolkitatlas.catalogue.Overlap;
import com.toolkitatlas.html.Markup;

/**
 * The overlap of two toolkits drawn as one bar: the skills and tools only the first role
 * uses, those both use, and those only the second uses, each segment as wide as its share
 * of all the skills and tools either uses. Positions are percentages of the bar's width.
 */
public record OverlapBar(int onlyFirst, int shared, int onlySecond) {

	public static OverlapBar of(Overlap overlap) {
		return new OverlapBar(overlap.onlyFirstSkills().size() + overlap.onlyFirstTools().size(), overlap.shared(),
				overlap.onlySecondSkills().size() + overlap.onlySecondTools().size());
	}

	public int either() {
		return onlyFirst + shared + onlySecond;
	}

	/** Where the shared segment starts, and the width of the first one. */
	public double sharedStart() {
		return percent(onlyFirst);
	}

	public double sharedWidth() {
		return percent(onlyFirst + shared) - percent(onlyFirst);
	}

	public double secondStart() {
		return percent(onlyFirst + shared);
	}

	public double secondWidth() {
		return 100 - secondStart();
	}

	/**
	 * The bar as a page prints it: its caption, the three segments drawn as decoration,
	 * and a key whose entries link to the groups they count.
	 * @param first the first role's short name; second the second's
	 */
	public String figureMarkup(String first, String second) {
		return new Markup(1536).tag("<figure class=\"overlap-bar\">\n<figcaption>")
			.text("The " + either() + " skills and tools of either role, by who uses them")
			.tag("</figcaption>\n<svg viewBox=\"0 0 100 10\" preserveAspectRatio=\"none\" aria-hidden=\"true\" "
					+ "focusable=\"false\">\n<rect class=\"overlap-bar__first\" x=\"0\" y=\"0\" height=\"10\"")
			.attribute("width", String.valueOf(sharedStart()))
			.tag("/>\n<rect class=\"overlap-bar__shared\" y=\"0\" height=\"10\"")
			.attribute("x", String.valueOf(sharedStart()))
			.attribute("width", String.valueOf(sharedWidth()))
			.tag("/>\n<rect class=\"overlap-bar__second\" y=\"0\" height=\"10\"")
			.attribute("x", String.valueOf(secondStart()))
			.attribute("width", String.valueOf(secondWidth()))
			.tag("/>\n</svg>\n<ul class=\"overlap-bar__key\">\n"
					+ "<li><span class=\"overlap-bar__swatch overlap-bar__first\" aria-hidden=\"true\"></span>"
					+ "<a href=\"#overlap-first\">")
			.text("Only " + first + ": " + onlyFirst)
			.tag("</a></li>\n<li><span class=\"overlap-bar__swatch overlap-bar__shared\" aria-hidden=\"true\"></span>"
					+ "<a href=\"#overlap-both\">")
			.text("Both: " + shared)
			.tag("</a></li>\n<li><span class=\"overlap-bar__swatch overlap-bar__second\" aria-hidden=\"true\"></span>"
					+ "<a href=\"#overlap-second\">")
			.text("Only " + second + ": " + onlySecond)
			.tag("</a></li>\n</ul>\n</figure>")
			.toString();
	}

	private double percent(int count) {
		return either() == 0 ? 0 : Math.round(count * 10_000.0 / either()) / 100.0;
	}

}
