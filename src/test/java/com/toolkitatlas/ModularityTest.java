package com.toolkitatlas;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The feature packages are modules: each depends on others only through the types they
 * expose (the public types of a package, never a subpackage such as
 * {@code catalogue.jpa}), and no two depend on each other in a cycle. A new feature that
 * reaches into another's internals fails here, not in review.
 * <p>
 * The class runs beside the rest of the build's tests
 * ({@code junit-platform.properties}): it reads compiled classes only and shares nothing
 * with them (no application context, no browser). It may print warnings, so never while
 * {@link com.toolkitatlas.operations.DatabaseOutageTest} reads the console (the lock on
 * {@code System.out}).
 */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(value = Resources.SYSTEM_OUT, mode = ResourceAccessMode.READ)
class ModularityTest {

	@Test
	void featurePackagesDependOnEachOtherWithoutCyclesAndOnlyThroughWhatEachExposes() {
		ApplicationModules.of(ToolkitAtlasApplication.class).verify();
	}

}
