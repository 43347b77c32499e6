package com.toolkitatlas.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import com.toolkitatlas.support.PageType;
import com.toolkitatlas.support.WebTest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A cached page leaves whole and unchanged, however often it is sent: the valve hands its
 * body to Tomcat's connector in one write, around the servlet output stream, so this
 * checks on one keep-alive connection, as a browser or a proxy reuses it, that every
 * cached answer carries the very bytes the page was rendered with, its length in
 * Content-Length, nothing after them (the next answer on the connection starts where
 * Content-Length says), the same for HEAD without a body and for the gzipped copy.
 */
@WebTest
class CachedBodyTest {

	/** Tomcat's response buffer, which cut a page into writes of this size. */
	private static final int RESPONSE_BUFFER = 8 * 1024;

	@Autowired
	PageCache cache;

	@Autowired
	Environment environment;

	@ParameterizedTest
	@EnumSource(names = { "HOME", "PROFILE", "PAIR", "FIT_RESULT" })
	void aCachedPageArrivesWholeAndUnchangedAnswerAfterAnswer(PageType page) throws IOException {
		cache.clear();
		int port = Integer.parseInt(environment.getRequiredProperty("local.server.port"));
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(20_000);
			Answer rendered = exchange(socket, "GET", page.path(), "");
			assertThat(rendered.status()).isEqualTo(200);
			assertThat(cache.entries()).as("the page is kept after its first rendering").isEqualTo(1);
			assertThat(rendered.body()).hasSizeGreaterThan(RESPONSE_BUFFER);

			for (int i = 0; i < 3; i++) {
				Answer cached = exchange(socket, "GET", page.path(), "");
				assertThat(cached.status()).isEqualTo(200);
				assertThat(cached.headers()).containsEntry("content-length", String.valueOf(rendered.body().length))
					.containsEntry("etag", rendered.headers().get("etag"));
				assertThat(Arrays.equals(cached.body(), rendered.body())).as("the cached body, answer %d", i).isTrue();

				Answer head = exchange(socket, "HEAD", page.path(), "");
				assertThat(head.status()).isEqualTo(200);
				assertThat(head.headers()).containsEntry("content-length", String.valueOf(rendered.body().length));
				assertThat(head.body()).isEmpty();

				Answer gzipped = exchange(socket, "GET", page.path(), "Accept-Encoding: gzip\r\n");
				assertThat(gzipped.headers()).containsEntry("content-encoding", "gzip");
				assertThat(Arrays.equals(gunzip(gzipped.body()), rendered.body())).as("the gzipped body, answer %d", i)
					.isTrue();
			}
		}
	}

	/**
	 * One request on a kept-alive connection, and its answer, read exactly as far as
	 * Content-Length says (none for HEAD), so that anything sent beyond it breaks the
	 * next answer's status line.
	 */
	private static Answer exchange(Socket socket, String method, String target, String extraHeaders)
			throws IOException {
		OutputStream out = socket.getOutputStream();
		out.write((method + " " + target + " HTTP/1.1\r\nHost: localhost\r\n" + extraHeaders + "\r\n")
			.getBytes(StandardCharsets.ISO_8859_1));
		out.flush();
		InputStream in = socket.getInputStream();
		String statusLine = line(in);
		Map<String, String> headers = new LinkedHashMap<>();
		for (String line = line(in); !line.isEmpty(); line = line(in)) {
			headers.put(line.substring(0, line.indexOf(':')).toLowerCase(),
					line.substring(line.indexOf(':') + 1).strip());
		}
		int length = "HEAD".equals(method) ? 0 : Integer.parseInt(headers.get("content-length"));
		return new Answer(Integer.parseInt(statusLine.split(" ")[1]), headers, in.readNBytes(length));
	}

	private static String line(InputStream in) throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		for (int b = in.read(); b != '\n'; b = in.read()) {
			assertThat(b).as("the connection ended inside a header").isNotEqualTo(-1);
			if (b != '\r') {
				line.write(b);
			}
		}
		return line.toString(StandardCharsets.ISO_8859_1);
	}

	private static byte[] gunzip(byte[] gzipped) throws IOException {
		try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
			return in.readAllBytes();
		}
	}

	private record Answer(int status, Map<String, String> headers, byte[] body) {
	}

}
