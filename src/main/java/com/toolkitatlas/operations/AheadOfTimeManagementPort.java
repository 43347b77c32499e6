package com.toolkitatlas.operations;

import java.util.function.BooleanSupplier;

import org.springframework.aot.AotDetector;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Stops an ahead-of-time start that has no management port, with a message that says what
 * to set. The jar the Docker image runs is processed ahead of time (./mvnw -Paot package)
 * for the actuator on a port of its own, as production runs it; that choice is then fixed
 * in the jar, and only the port's number is read at start-up (MANAGEMENT_SERVER_PORT,
 * 8081 in the image). Without a number Spring Boot would fail deep in the web server's
 * set-up ("'port' must not be null"). Starts without -Dspring.aot.enabled=true
 * ({@code ./mvnw spring-boot:run}, the tests) choose at run time, as usual, and are left
 * alone.
 */
class AheadOfTimeManagementPort implements EnvironmentPostProcessor, Ordered {

	static final String PORT = "management.server.port";

	private final BooleanSupplier aheadOfTime;

	AheadOfTimeManagementPort() {
		this(AotDetector::useGeneratedArtifacts);
	}

	AheadOfTimeManagementPort(BooleanSupplier aheadOfTime) {
		this.aheadOfTime = aheadOfTime;
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (this.aheadOfTime.getAsBoolean() && portMissing(environment)) {
			throw new IllegalStateException("This jar was processed ahead of time for the actuator on a port of its "
					+ "own, and no port is set: set MANAGEMENT_SERVER_PORT (management.server.port) to a port "
					+ "other than the site's, such as 8081, or start without -Dspring.aot.enabled=true");
		}
	}

	private static boolean portMissing(ConfigurableEnvironment environment) {
		Integer port = environment.getProperty(PORT, Integer.class);
		return port == null || port < 0;
	}

	/** After the configuration files are read, so that a port set in them counts. */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
