package com.toolkitatlas.web;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page's ETag: weak, its length in hex, then both checksums as sixteen hex digits, so
 * that a browser's or a proxy's stored copy keeps matching across releases that do not
 * change the page.
 */
class EtagTest {

	@Test
	void namesTheLengthInHexAndBothChecksumsAsSixteenDigits() {
		byte[] body = "<!DOCTYPE html>\n<p>Toolkit Atlas</p>".getBytes(StandardCharsets.UTF_8);
		CRC32C crc32c = new CRC32C();
		crc32c.update(body);
		CRC32 crc32 = new CRC32();
		crc32.update(body);

		assertThat(RenderedPage.etagOf(body))
			.isEqualTo("W/\"%x-%08x%08x\"".formatted(body.length, crc32c.getValue(), crc32.getValue()));
	}

	@Test
	void anEmptyBodyKeepsEverySixteenDigits() {
		assertThat(RenderedPage.etagOf(new byte[0])).isEqualTo("W/\"0-0000000000000000\"");
	}

	@Test
	void checksumsWithLeadingZerosKeepTheirWidth() {
		// Bodies until one whose CRC-32C is below 2^28, so its first hex digit is a zero.
		for (int i = 0;; i++) {
			byte[] body = ("page " + i).getBytes(StandardCharsets.UTF_8);
			CRC32C crc32c = new CRC32C();
			crc32c.update(body);
			if (crc32c.getValue() < 1L << 28) {
				String etag = RenderedPage.etagOf(body);
				assertThat(etag).matches("W/\"[0-9a-f]+-0[0-9a-f]{15}\"");
				assertThat(etag)
					.isEqualTo("W/\"%x-%016x\"".formatted(body.length, crc32c.getValue() << 32 | crcOf(body)));
				return;
			}
		}
	}

	private static long crcOf(byte[] body) {
		CRC32 crc32 = new CRC32();
		crc32.update(body);
		return crc32.getValue();
	}

}
