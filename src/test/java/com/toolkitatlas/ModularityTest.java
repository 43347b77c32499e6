package com.toolkitatlas;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The feature packages are modules: each depends on others only through the types they
 * expose (the public types of a package, never a subpackage such as
 * {@code catalogue.jpa}), and no two depend on each other in a cycle. A new feature that
 * reaches into another's internals fails here, not in review.
 */
class ModularityTest {

	@Test
	void featurePackagesDependOnEachOtherWithoutCyclesAndOnlyThroughWhatEachExposes() {
		ApplicationModules.of(ToolkitAtlasApplication.class).verify();
	}

}
