package com.toolkitatlas.hire;

import java.util.List;
import java.util.Map;

import com.toolkitatlas.catalogue.Catalogue;

/** A hiring guide without kinds of project, for tests of what does not depend on them. */
public final class HiringGuideFixture {

	private HiringGuideFixture() {
	}

	public static HiringGuide none(Catalogue catalogue) {
		return new HiringGuide(catalogue.roles(), catalogue.pairs(), List.of(), Map.of(), Map.of());
	}

}
