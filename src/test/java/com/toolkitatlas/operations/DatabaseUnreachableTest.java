package com.toolkitatlas.operations;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.toolkitatlas.ToolkitAtlasApplication;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An operator who points the application at a database that is not there learns so in a
 * sentence. Run as a real process, as an operator starts it, so that what it prints and
 * its exit status are the real ones.
 */
@Tag("application")
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
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
						System.getProperty("java.class.path"), ToolkitAtlasApplication.class.getName(),
						"--spring.profiles.active=postgres",
						"--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + port + "/atlas?password=secret",
						"--server.port=0", "--spring.main.banner-mode=off"));
		command.addAll(List.of(arguments));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		process.getOutputStream().close();
		byte[] output = process.getInputStream().readAllBytes();
		if (!process.waitFor(60, TimeUnit.SECONDS)) {
			process.destroyForcibly();
		}
		return new Run(process.exitValue(), new String(output, StandardCharsets.UTF_8));
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
