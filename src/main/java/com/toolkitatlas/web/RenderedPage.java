package com.toolkitatlas.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import java.util.zip.GZIPOutputStream;

/**
 * A page as rendered once: its bytes, every header it is sent with, and its ETag. Pages
 * are a pure function of the request's address and the catalogue, so the same bytes can
 * be sent again.
 *
 * @param headers every header but Content-Type, Content-Length and Content-Encoding,
 * ready to be added
 * @param gzipped the body compressed once, or null where it is too small to gain from it
 * @param encoded the same headers, the content type and the content encoding, already
 * encoded as Tomcat writes them: a cached page then costs no text encoding per request
 * (measured: it was the largest single cost of serving one), only a copy of one array
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

	/**
	 * The headers of a page encoded once, as Tomcat writes them, in one array: first
	 * every header of {@link RenderedPage#headers()}, then Content-Type, then
	 * {@code Content-Encoding: gzip}. Tomcat keeps the arrays it is handed and writes
	 * into them when it reuses its header buffers for a later response, so each response
	 * gets its own {@link #copy()} of the array: a cached page never lends its bytes.
	 *
	 * @param bytes every name and value, one after the other
	 * @param bounds for each header, where its name starts and its value ends (its value
	 * starts where its name ends)
	 * @param count how many headers come before Content-Type
	 */
	record EncodedHeaders(byte[] bytes, int[] bounds, int count) {

		static EncodedHeaders of(String contentType, List<Header> headers) {
			List<Header> all = new ArrayList<>(headers);
			all.add(new Header("Content-Type", contentType));
			all.add(new Header("Content-Encoding", "gzip"));
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			int[] bounds = new int[all.size() * 3];
			for (int i = 0; i < all.size(); i++) {
				bounds[3 * i] = bytes.size();
				bytes.writeBytes(all.get(i).name().getBytes(StandardCharsets.ISO_8859_1));
				bounds[3 * i + 1] = bytes.size();
				bytes.writeBytes(all.get(i).value().getBytes(StandardCharsets.ISO_8859_1));
				bounds[3 * i + 2] = bytes.size();
			}
			return new EncodedHeaders(bytes.toByteArray(), bounds, headers.size());
		}

		/**
		 * A copy of the bytes for one response, which Tomcat may then do with as it
		 * likes.
		 */
		byte[] copy() {
			return bytes.clone();
		}

		int nameStart(int header) {
			return bounds[3 * header];
		}

		int nameEnd(int header) {
			return bounds[3 * header + 1];
		}

		int valueEnd(int header) {
			return bounds[3 * header + 2];
		}

	}

	/**
	 * A weak ETag from two checksums of the body, CRC-32C and CRC-32 (64 bits), and its
	 * length. The ETag only has to change when the page does, against a stale copy, not
	 * resist anyone forging one; both checksums run on the processor's own instructions,
	 * where MD5 cost about 70 µs of a 50 kB page rendered (issue 17). Written as hex
	 * digits by hand, the checksums zero-padded to 16: the same text as the format
	 * {@code W/"%x-%016x"}, whose parsing and {@code Formatter} were about 1 % of every
	 * page rendered (bench/RESULTS.md, fifteenth and sixteenth rounds).
	 */
	static String etagOf(byte[] body) {
		CRC32C crc32c = new CRC32C();
		crc32c.update(body);
		CRC32 crc32 = new CRC32();
		crc32.update(body);
		String checksums = Long.toHexString(crc32c.getValue() << 32 | crc32.getValue());
		return "W/\"" + Integer.toHexString(body.length) + "-" + "0".repeat(16 - checksums.length()) + checksums + "\"";
	}

	/** What the page costs to keep in memory, roughly. */
	long size() {
		// The headers are kept as text and as bytes.
		return body.length + (gzipped == null ? 0 : gzipped.length) + 3L * encoded.bytes().length + 256;
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
