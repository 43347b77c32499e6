package com.toolkitatlas.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

import com.toolkitatlas.support.Site;
import com.toolkitatlas.support.WebTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tomcat still compresses what the application does not ({@link HttpProtocol} only skips
 * the check for answers already encoded), and compresses nothing twice.
 */
@WebTest
class HttpProtocolTest {

	@Autowired
	Site site;

	@Test
	void theStylesheetIsCompressedByTomcatAndAPageOnceByTheApplication() throws Exception {
		for (String path : new String[] { "/assets/site.css", "/roles/ml-engineer",
				"/fit?skill=mlops&tool=pytorch&tool=docker&language=python" }) {
			String plain = site.get(path).body();
			HttpResponse<byte[]> gzipped = gzipped(path);

			assertThat(gzipped.statusCode()).as(path).isEqualTo(200);
			assertThat(gzipped.headers().allValues("Content-Encoding")).as(path).containsExactly("gzip");
			assertThat(gunzip(gzipped.body())).as(path).isEqualTo(plain);
			assertThat(gzipped.body().length).as(path).isLessThan(plain.length() / 2);
		}
	}

	private HttpResponse<byte[]> gzipped(String path) throws IOException, InterruptedException {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(site.base() + path)).header("Accept-Encoding", "gzip").build(),
					HttpResponse.BodyHandlers.ofByteArray());
	}

	private static String gunzip(byte[] body) throws IOException {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
