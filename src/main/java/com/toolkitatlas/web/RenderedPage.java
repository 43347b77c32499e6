package com.toolkitatlas.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.springframework.util.DigestUtils;

/**
 * A page as rendered once: its bytes, every header it is sent with, and its ETag. Pages
 * are a pure function of the request's address and the catalogue, so the same bytes can
 * be sent again.
 *
 * @param headers every header but Content-Type, Content-Length and Content-Encoding,
 * ready to be added
 * @param gzipped the body compressed once, or null where it is too small to gain from it
 * @param encoded the same headers, and the content type, already encoded as Tomcat writes
 * them: a cached page then costs no text encoding per request (measured: it was the
 * largest single cost of serving one)
 */
record RenderedPage(String contentType, List<Header> headers, byte[] body, byte[] gzipped, String etag,
		EncodedHeaders encoded) {

	RenderedPage(String contentType, List<Header> headers, byte[] body, byte[] gzipped, String etag) {
		this(contentType, headers, body, gzipped, etag, EncodedHeaders.of(contentType, headers));
	}

	/** Below this size compression gains too little to be worth it. */
	static final int MIN_COMPRESSED_SIZE = 1024;

	record Header(String name, String value) {
	}

	/** Header names and values as bytes, in the order they are sent. */
	record EncodedHeaders(List<byte[]> names, List<byte[]> values, byte[] contentType) {

		static EncodedHeaders of(String contentType, List<Header> headers) {
			return new EncodedHeaders(headers.stream().map(header -> bytes(header.name())).toList(),
					headers.stream().map(header -> bytes(header.value())).toList(), bytes(contentType));
		}

		private static byte[] bytes(String text) {
			return text.getBytes(StandardCharsets.ISO_8859_1);
		}
	}

	static String etagOf(byte[] body) {
		return "W/\"" + DigestUtils.md5DigestAsHex(body) + "\"";
	}

	/** What the page costs to keep in memory, roughly. */
	long size() {
		return body.length + (gzipped == null ? 0 : gzipped.length) + 64L * headers.size() + 256;
	}

	static byte[] gzip(byte[] body) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(body.length / 4);
		try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
			gzip.write(body);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return bytes.toByteArray();
	}
}
