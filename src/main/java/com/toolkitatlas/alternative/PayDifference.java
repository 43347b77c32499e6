package com.toolkitatlas.alternative;

import com.toolkitatlas.catalogue.SalaryBasis;
import com.toolkitatlas.catalogue.SalaryFigure;

/**
 * The headline pay of an alternative set against the headline pay of the role being left.
 * A gap is computed only when both figures have the same basis and region and the same
 * shape (two single figures, or two bands); otherwise the summary shows both and says why
 * they cannot be subtracted.
 *
 * @param gapUsd the alternative's figure minus the role's, for two single figures; null
 * otherwise
 */
public record PayDifference(SalaryFigure figure, SalaryFigure baseline, boolean comparable, Integer gapUsd,
		String summary) {

	public static PayDifference between(SalaryFigure figure, SalaryFigure baseline, String baselineRole) {
		String mine = figure.display() + " " + basisWord(figure.basis());
		String theirs = "a " + baseline.display() + " " + basisWord(baseline.basis());
		if (!figure.region().equals(baseline.region())) {
			return notComparable(figure, baseline,
					mine + " (" + figure.region() + "), against " + theirs + " for " + baselineRole + " ("
							+ baseline.region() + "). The figures cover different regions, so no gap is computed.");
		}
		if (figure.basis() != baseline.basis()) {
			return notComparable(figure, baseline,
					mine + ", against " + theirs + " for " + baselineRole + ". " + capitalised(article(figure.basis()))
							+ " " + basisWord(figure.basis()) + " and " + article(baseline.basis()) + " "
							+ basisWord(baseline.basis()) + " measure different things, so no gap is computed.");
		}
		String same = " (same basis, " + figure.region() + ")";
		String dates = figure.period().equals(baseline.period()) ? ""
				: " The two are dated differently: " + figure.period() + " against " + baseline.period() + ".";
		if (figure.hasAmount() && baseline.hasAmount()) {
			int gap = figure.amountUsd() - baseline.amountUsd();
			String comparison = gap == 0 ? "the same as"
					: SalaryFigure.thousands(Math.abs(gap)) + (gap > 0 ? " more than" : " less than");
			return new PayDifference(figure, baseline, true, gap,
					mine + ", " + comparison + " the " + baseline.display() + " " + basisWord(baseline.basis())
							+ " for " + baselineRole + same + "." + dates);
		}
		if (!figure.hasAmount() && !baseline.hasAmount()) {
			return new PayDifference(figure, baseline, true, null,
					mine + ", against " + baseline.display() + " for " + baselineRole + same + ": "
							+ edge(figure.low() - baseline.low()) + " at the bottom of the band, "
							+ edge(figure.high() - baseline.high()) + " at the top." + dates);
		}
		return notComparable(figure, baseline, mine + ", against " + theirs + " for " + baselineRole
				+ ". One is a single figure and the other a band, so no gap is computed.");
	}

	private static PayDifference notComparable(SalaryFigure figure, SalaryFigure baseline, String summary) {
		return new PayDifference(figure, baseline, false, null, summary);
	}

	private static String basisWord(SalaryBasis basis) {
		return switch (basis) {
			case BASE_RANGE -> "base salary range";
			case MEDIAN -> "median";
			case AVERAGE -> "average";
			case TOTAL_COMPENSATION -> "total compensation figure";
		};
	}

	private static String article(SalaryBasis basis) {
		return basis == SalaryBasis.AVERAGE ? "an" : "a";
	}

	private static String capitalised(String word) {
		return Character.toUpperCase(word.charAt(0)) + word.substring(1);
	}

	private static String edge(int gap) {
		return gap == 0 ? "level" : SalaryFigure.thousands(Math.abs(gap)) + (gap > 0 ? " higher" : " lower");
	}
}
