package com.toolkitatlas.operations;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.toolkitatlas.ToolkitAtlasApplication;

import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An operator who points the application at a database that is not there learns so in a
 * sentence. Run as a real process, as an operator starts it, so that what it prints and
 * its exit status are the real ones.
 */
class DatabaseUnreachableTest {

	@Test
	void startingWithoutItsDatabaseStopsWithOneClearLineAndNoStackTrace() throws Exception {
		int port = closedPort();

		Run run = start(port);

		assertThat(run.exitStatus()).isNotZero();
		assertThat(run.output()).contains("Cannot connect to the database at jdbc:postgresql://127.0.0.1:" + port
				+ "/atlas as user \"atlas\": Connection to 127.0.0.1:" + port + " refused");
		assertThat(run.output())
			.contains("SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD")
			.doesNotContain("\tat ", "Caused by", "Exception in thread", "secret");
	}

	@Test
	void aDatabaseThatAcceptsConnectionsButNeverAnswersStopsStartUpInSecondsWithTheSameLine() throws Exception {
		// A socket that is never accepted: the kernel still completes the connections
		// into its backlog, so the driver connects and then waits for an answer that
		// never comes.
		try (ServerSocket blackHole = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			int port = blackHole.getLocalPort();
			long started = System.nanoTime();

			Run run = start(port);

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
	void sigtermStopsAStartUpThatWaitsForTheDatabase() throws Exception {
		try (ServerSocket blackHole = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			Process process = launch(blackHole.getLocalPort());
			Thread drain = new Thread(() -> {
				try {
					process.getInputStream().transferTo(OutputStream.nullOutputStream());
				}
				catch (IOException ignored) {
					// The process has gone.
				}
			});
			drain.setDaemon(true);
			drain.start();
			try {
				Thread.sleep(4_000);
				process.destroy();

				assertThat(process.waitFor(20, TimeUnit.SECONDS)).as("stopped by SIGTERM within 20 s").isTrue();
			}
			finally {
				process.destroyForcibly();
			}
		}
	}

	@Test
	void logsCanBeWrittenAsJsonLines() throws Exception {
		Run run = start(closedPort(), "--logging.structured.format.console=ecs");

		List<String> lines = run.output().lines().filter(line -> !line.isBlank()).toList();
		assertThat(lines).isNotEmpty().anyMatch(line -> line.contains("Cannot connect to the database"));
		JsonMapper json = JsonMapper.builder().build();
		for (String line : lines) {
			Map<String, Object> event = json.readValue(line, new TypeReference<>() {
			});
			assertThat(event).as(line).containsKeys("@timestamp", "message", "log");
		}
	}

	private static Run start(int port, String... arguments) throws IOException, InterruptedException {
		Process process = launch(port, arguments);
		byte[] output = process.getInputStream().readAllBytes();
		if (!process.waitFor(60, TimeUnit.SECONDS)) {
			process.destroyForcibly();
		}
		return new Run(process.exitValue(), new String(output, StandardCharsets.UTF_8));
	}

	private static Process launch(int port, String... arguments) throws IOException {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
						System.getProperty("java.class.path"), ToolkitAtlasApplication.class.getName(),
						"--spring.profiles.active=postgres",
						"--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + port + "/atlas?password=secret",
						"--server.port=0", "--spring.main.banner-mode=off"));
		command.addAll(List.of(arguments));
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.PIPE)
			.start();
		process.getOutputStream().close();
		return process;
	}

	/** A port nothing listens on: free a moment ago. */
	private static int closedPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private record Run(int exitStatus, String output) {
	}

}
