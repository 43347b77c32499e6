package com.toolkitatlas.operations;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.toolkitatlas.ToolkitAtlasApplication;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stopping an instance drops no request: while it drains, readiness is down, and a client
 * that holds a keep-alive connection still gets its answer, told to close the connection
 * so that its next request goes to another instance.
 */
@Tag("application")
class ShutdownDrainTest {

	@Test
	void aStoppingInstanceAnswersOnOpenConnectionsAndClosesThem() throws Exception {
		ConfigurableApplicationContext application = new SpringApplicationBuilder(ToolkitAtlasApplication.class).run(
				"--server.port=0", "--spring.main.banner-mode=off", "--atlas.shutdown.drain=4s",
				"--spring.datasource.url=jdbc:h2:mem:atlas-drain;DB_CLOSE_DELAY=-1");
		int port = Integer.parseInt(application.getEnvironment().getRequiredProperty("local.server.port"));
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(10_000);
			BufferedReader in = new BufferedReader(
					new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
			Map<String, String> before = get(socket, in, port);
			assertThat(before.get(":status")).isEqualTo("200");
			assertThat(before).doesNotContainKey("connection");

			CompletableFuture<Void> stopping = CompletableFuture.runAsync(application::close);
			Thread.sleep(1_000);

			assertThat(status(port, "/actuator/health/readiness")).isEqualTo(503);
			Map<String, String> during = get(socket, in, port);
			assertThat(during.get(":status")).isEqualTo("200");
			assertThat(during.get("connection")).isEqualTo("close");
			stopping.join();
		}
		finally {
			application.close();
		}
	}

	/** GET / on an open connection, reading the headers and the body it announces. */
	private static Map<String, String> get(Socket socket, BufferedReader in, int port) throws IOException {
		OutputStream out = socket.getOutputStream();
		out.write(("GET / HTTP/1.1\r\nHost: localhost:" + port + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
		out.flush();
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put(":status", in.readLine().split(" ")[1]);
		for (String line = in.readLine(); !line.isEmpty(); line = in.readLine()) {
			int colon = line.indexOf(':');
			headers.put(line.substring(0, colon).toLowerCase(), line.substring(colon + 1).strip());
		}
		in.skip(Long.parseLong(headers.get("content-length")));
		return headers;
	}

	private static int status(int port, String path) throws IOException, InterruptedException {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
					HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

}
