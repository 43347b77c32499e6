package com.toolkitatlas.filter;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import com.toolkitatlas.salary.Measure;

/**
 * The order of the roles on {@code /roles}: the site's own (best match first when there
 * is a filter, otherwise the catalogue's order), or by an official figure of each role's
 * main occupation, the largest first. The figure is the occupation's, so roles that share
 * an occupation tie; a sort is stable, so they keep the order they would have without it.
 */
public enum RoleOrder {

	/** No {@code sort} parameter, or an empty one. */
	SITE(null, null, null, null),

	/** The occupation's median annual wage (BLS OEWS). */
	PAY("pay", Measure.MEDIAN, "official median pay", "highest first"),

	/** The occupation's projected growth in jobs (BLS employment projections). */
	GROWTH("growth", Measure.GROWTH_PERCENT, "projected growth in jobs", "fastest growing first");

	/** The values of {@code sort} that choose an order, as a 400 lists them. */
	public static final List<String> VALUES = Arrays.stream(values())
		.map(RoleOrder::parameter)
		.filter(value -> value != null)
		.toList();

	private final String parameter;

	private final Measure measure;

	private final String label;

	private final String direction;

	RoleOrder(String parameter, Measure measure, String label, String direction) {
		this.parameter = parameter;
		this.measure = measure;
		this.label = label;
		this.direction = direction;
	}

	/** The value of the {@code sort} parameter, or null for the site's order. */
	public String parameter() {
		return parameter;
	}

	/** The occupation figure this order ranks by, or null for the site's order. */
	public Measure measure() {
		return measure;
	}

	/** "official median pay", as the results name what they are sorted by. */
	public String label() {
		return label;
	}

	/** "highest first". */
	public String direction() {
		return direction;
	}

	/** "Official median pay", as a heading or the start of a sentence names it. */
	public String heading() {
		return Character.toUpperCase(label.charAt(0)) + label.substring(1);
	}

	/** The choice as the form offers it: "Official median pay, highest first". */
	public String choice() {
		return bySite() ? "Best match, then the site's order" : heading() + ", " + direction;
	}

	public boolean bySite() {
		return this == SITE;
	}

	/** The order a value of {@code sort} names, exactly as written; empty if none. */
	static Optional<RoleOrder> of(String parameter) {
		return Arrays.stream(values()).filter(order -> parameter.equals(order.parameter)).findFirst();
	}

}
