package com.toolkitatlas.operations;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import com.toolkitatlas.ToolkitAtlasApplication;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An operator who points the application at a database that is not there learns so in a
 * sentence. Run as a real process, as an operator starts it, so that what it prints and
 * its exit status are the real ones: with the application's classes and libraries only,
 * not the tests' (whose logging configuration would stand in for the application's). The
 * two runs start together, since each mostly waits for its JVM to start.
 * <p>
 * The class runs beside the rest of the build's tests
 * ({@code junit-platform.properties}): it shares nothing with them (its own processes,
 * ports and files, nothing in this JVM's output) and spends most of its half minute
 * waiting, for JVMs to start and for a database that never answers. Its own tests run one
 * after another. The processes start with the JVM settings the Docker image runs with
 * ({@code -XX:+UseSerialGC}) and compile with the quick compiler only, as a start-up that
 * stops within seconds needs no more.
 */
@Tag("application")
@Execution(ExecutionMode.CONCURRENT)
class DatabaseUnreachableTest {

	private static Run plain;

	private static Run json;

	@BeforeAll
	static void startBoth() throws IOException {
		plain = Run.start(closedPort());
		json = Run.start(closedPort(), "--logging.structured.format.console=ecs");
	}

	@Test
	@Execution(ExecutionMode.SAME_THREAD)
	void startingWithoutItsDatabaseStopsWithOneClearLineAndNoStackTrace() throws Exception {
		plain.finish();

		assertThat(plain.exitStatus()).isNotZero();
		assertThat(plain.output()).contains("Cannot connect to the database at jdbc:postgresql://127.0.0.1:"
				+ plain.port() + "/atlas as user \"atlas\": Connection to 127.0.0.1:" + plain.port() + " refused");
		assertThat(plain.output())
			.contains("SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD")
			.doesNotContain("\tat ", "Caused by", "Exception in thread", "secret");
	}

	@Test
	@Execution(ExecutionMode.SAME_THREAD)
	void aDatabaseThatAcceptsConnectionsButNeverAnswersStopsStartUpInSecondsWithTheSameLine() throws Exception {
		// A socket that is never accepted: the kernel still completes the connections
		// into its backlog, so the driver connects and then waits for an answer that
		// never comes.
		try (ServerSocket blackHole = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			int port = blackHole.getLocalPort();
			long started = System.nanoTime();

			Run run = Run.start(port);
			run.finish();

			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(45));
			assertThat(run.exitStatus()).isNotZero();
			assertThat(run.output())
				.contains("Cannot connect to the database at jdbc:postgresql://127.0.0.1:" + port
						+ "/atlas as user \"atlas\": ")
				.containsPattern("\\(no answer; gave up after [0-9]+ s\\)")
				.doesNotContain("\tat ", "Caused by", "secret");
		}
	}

	@Test
	@Execution(ExecutionMode.SAME_THREAD)
	void sigtermStopsAStartUpThatWaitsForTheDatabase() throws Exception {
		try (ServerSocket blackHole = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			Run run = Run.start(blackHole.getLocalPort());
			try {
				Thread.sleep(4_000);
				run.process.destroy();

				assertThat(run.process.waitFor(20, TimeUnit.SECONDS)).as("stopped by SIGTERM within 20 s").isTrue();
			}
			finally {
				run.process.destroyForcibly();
			}
		}
	}

	@Test
	@Execution(ExecutionMode.SAME_THREAD)
	void logsCanBeWrittenAsJsonLines() throws Exception {
		json.finish();

		List<String> lines = json.output().lines().filter(line -> !line.isBlank()).toList();
		assertThat(lines).isNotEmpty().anyMatch(line -> line.contains("Cannot connect to the database"));
		JsonMapper mapper = JsonMapper.builder().build();
		for (String line : lines) {
			Map<String, Object> event = mapper.readValue(line, new TypeReference<>() {
			});
			assertThat(event).as(line).containsKeys("@timestamp", "message", "log");
		}
	}

	/** A port nothing listens on: free a moment ago. */
	private static int closedPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/** The application started as its own process, its output collected in a file. */
	private static final class Run {

		private final int port;

		private final Process process;

		private final Path output;

		private int exitStatus;

		private Run(int port, Process process, Path output) {
			this.port = port;
			this.process = process;
			this.output = output;
		}

		static Run start(int port, String... arguments) throws IOException {
			List<String> command = new ArrayList<>(
					List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:+UseSerialGC",
							"-XX:TieredStopAtLevel=1", "-cp", applicationClassPath(),
							ToolkitAtlasApplication.class.getName(), "--spring.profiles.active=postgres",
							"--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + port + "/atlas?password=secret",
							"--server.port=0", "--spring.main.banner-mode=off"));
			command.addAll(List.of(arguments));
			Path output = Files.createTempFile("atlas-unreachable-", ".log");
			output.toFile().deleteOnExit();
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(output.toFile())
				.start();
			process.getOutputStream().close();
			return new Run(port, process, output);
		}

		/** The test run's class path without the test classes and their resources. */
		private static String applicationClassPath() {
			return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
				.filter(entry -> !Path.of(entry).endsWith(Path.of("target", "test-classes")))
				.collect(Collectors.joining(File.pathSeparator));
		}

		void finish() throws InterruptedException {
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
			exitStatus = process.waitFor();
		}

		int port() {
			return port;
		}

		int exitStatus() {
			return exitStatus;
		}

		String output() {
			try {
				return Files.readString(output, StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
