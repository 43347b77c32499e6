package com.toolkitatlas.fit;

import com.toolkitatlas.catalogue.Importance;
import com.toolkitatlas.catalogue.Links;

/** An item a role uses, and how central it is to the role. */
public record Need(Item item, Importance importance) {

	/** What core counts for against secondary in the fit: twice as much. */
	static final int CORE_WEIGHT = 2;

	static final int SECONDARY_WEIGHT = 1;

	public static Need of(Links.Use use) {
		return new Need(Item.of(use), use.importance());
	}

	public boolean core() {
		return importance == Importance.CORE;
	}

	/** What the item counts for in the role's fit. */
	public int weight() {
		return core() ? CORE_WEIGHT : SECONDARY_WEIGHT;
	}

}
