package com.toolkitatlas.catalogue;

/**
 * What a salary figure measures. Figures of different bases are not comparable without a
 * label.
 */
public enum SalaryBasis {

	BASE_RANGE("Base salary range", "the band of base pay, before bonus and equity"),
	MEDIAN("Median", "half of the people in the occupation earn more, half less"),
	AVERAGE("Average", "the mean of advertised or reported salaries"),
	TOTAL_COMPENSATION("Total compensation", "base pay plus bonus and equity");

	private final String label;

	private final String meaning;

	SalaryBasis(String label, String meaning) {
		this.label = label;
		this.meaning = meaning;
	}

	public String label() {
		return label;
	}

	public String meaning() {
		return meaning;
	}

}
