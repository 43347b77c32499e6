package com.toolkitatlas.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sends a request exactly as written, byte for byte, over a plain socket: for the
 * requests an HTTP client library refuses to build (invalid percent-encoding, raw
 * non-UTF-8 bytes, odd methods).
 */
public final class RawHttp {

	private RawHttp() {
	}

	/**
	 * Sends {@code METHOD target HTTP/1.1} with the given extra header lines (each ending
	 * in CRLF).
	 */
	public static Page send(int port, String method, byte[] target, String extraHeaders) {
		ByteArrayOutputStream request = new ByteArrayOutputStream();
		request.writeBytes((method + " ").getBytes(StandardCharsets.ISO_8859_1));
		request.writeBytes(target);
		request
			.writeBytes((" HTTP/1.1\r\nHost: localhost:" + port + "\r\nConnection: close\r\n" + extraHeaders + "\r\n")
				.getBytes(StandardCharsets.ISO_8859_1));
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(20_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.toByteArray());
			out.flush();
			return parse(new String(target, StandardCharsets.ISO_8859_1), socket.getInputStream().readAllBytes());
		}
		catch (IOException e) {
			throw new UncheckedIOException(method + " " + new String(target, StandardCharsets.ISO_8859_1), e);
		}
	}

	public static Page get(int port, String target, String extraHeaders) {
		return send(port, "GET", target.getBytes(StandardCharsets.UTF_8), extraHeaders);
	}

	private static Page parse(String target, byte[] response) throws IOException {
		String all = new String(response, StandardCharsets.ISO_8859_1);
		int end = all.indexOf("\r\n\r\n");
		if (end < 0) {
			throw new IOException("No complete response to " + target + ": " + all);
		}
		String[] lines = all.substring(0, end).split("\r\n");
		int status = Integer.parseInt(lines[0].split(" ")[1]);
		Map<String, String> headers = new LinkedHashMap<>();
		for (int i = 1; i < lines.length; i++) {
			int colon = lines[i].indexOf(':');
			headers.merge(lines[i].substring(0, colon).trim().toLowerCase(), lines[i].substring(colon + 1).trim(),
					(a, b) -> a + ", " + b);
		}
		byte[] body = java.util.Arrays.copyOfRange(response, end + 4, response.length);
		if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
			body = unchunk(new java.io.ByteArrayInputStream(body));
		}
		String text = new String(body, StandardCharsets.UTF_8);
		return new Page(target, status, headers, text, "");
	}

	private static byte[] unchunk(InputStream in) throws IOException {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		while (true) {
			StringBuilder size = new StringBuilder();
			int c;
			while ((c = in.read()) != '\n') {
				if (c < 0) {
					return body.toByteArray();
				}
				if (c != '\r') {
					size.append((char) c);
				}
			}
			int length = Integer.parseInt(size.toString().split(";")[0].trim(), 16);
			if (length == 0) {
				return body.toByteArray();
			}
			body.writeBytes(in.readNBytes(length));
			in.read();
			in.read();
		}
	}

}
