package com.toolkitatlas.operations;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * An ahead-of-time start needs the management port's number; any other start does not.
 */
class AheadOfTimeManagementPortTest {

	private final SpringApplication application = new SpringApplication();

	@Test
	void anAheadOfTimeStartWithoutAManagementPortStopsAndSaysWhatToSet() {
		assertThatIllegalStateException()
			.isThrownBy(() -> new AheadOfTimeManagementPort(() -> true).postProcessEnvironment(new MockEnvironment(),
					this.application))
			.withMessageContaining("set MANAGEMENT_SERVER_PORT");
	}

	@Test
	void aDisabledManagementPortIsNoPort() {
		MockEnvironment environment = new MockEnvironment().withProperty(AheadOfTimeManagementPort.PORT, "-1");
		assertThatIllegalStateException().isThrownBy(
				() -> new AheadOfTimeManagementPort(() -> true).postProcessEnvironment(environment, this.application));
	}

	@Test
	void anAheadOfTimeStartWithAManagementPortGoesOn() {
		MockEnvironment environment = new MockEnvironment().withProperty(AheadOfTimeManagementPort.PORT, "8081");
		assertThatNoException().isThrownBy(
				() -> new AheadOfTimeManagementPort(() -> true).postProcessEnvironment(environment, this.application));
	}

	@Test
	void aStartWithoutAheadOfTimeProcessingNeedsNoManagementPort() {
		assertThatNoException().isThrownBy(() -> new AheadOfTimeManagementPort(() -> false)
			.postProcessEnvironment(new MockEnvironment(), this.application));
	}

}
