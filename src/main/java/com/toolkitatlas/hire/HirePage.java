package com.toolkitatlas.hire;

/**
 * What {@code /hire} shows: the form, and the plan once a project is ticked.
 *
 * @param plan the plan, or null when nothing is ticked
 */
public record HirePage(HireForm form, HirePlan plan) {

	public boolean answered() {
		return plan != null;
	}

	/** The canonical address of what the page shows. */
	public String href() {
		return plan == null ? "/hire" : plan.query().href();
	}

}
