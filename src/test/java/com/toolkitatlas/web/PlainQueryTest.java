package com.toolkitatlas.web;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.apache.tomcat.util.buf.MessageBytes;
import org.apache.tomcat.util.http.Parameters;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A plain query's key read straight from its text is the key Tomcat's parsing and
 * {@link PageAddresses}' encoding make of it; anything that is not plain is left to them.
 */
class PlainQueryTest {

	private static final PageAddresses.Parameters FIT = PageAddresses.Parameters
		.of(Set.of("skill", "tool", "language"));

	@Test
	void theTickedFitPageIsKeyedByItsParametersInOrderWithoutParsing() {
		String query = "skill=mlops&tool=pytorch&tool=postgresql&tool=kubernetes&tool=docker&language=python&language=sql";

		assertThat(plainKey(query, FIT)).isEqualTo(PageAddresses.QUERY
				+ "language=python&language=sql&skill=mlops&tool=pytorch&tool=postgresql&tool=kubernetes&tool=docker")
			.isEqualTo(tomcatKey(query, FIT));
	}

	@Test
	void twoSpellingsOfOneAddressMakeOneKeyAndUnknownParametersNone() {
		String key = keyOf("skill=mlops&tool=docker&tool=git", FIT);

		for (String spelling : List.of("tool=docker&skill=mlops&tool=git", "tool=docker&tool=git&skill=mlops",
				"utm_source=x&skill=mlops&tool=docker&tool=git&x=1", "tool=docker&Skill=ci-cd&skill=mlops&tool=git",
				"%73kill=mlops&tool=docker&tool=git", "skill=mlops&tool=docker&tool=%67it&x=%41")) {
			assertThat(keyOf(spelling, FIT)).as(spelling).isEqualTo(key);
		}
		assertThat(keyOf("tool=git&tool=docker&skill=mlops", FIT)).as("a name's values keep their order")
			.isNotEqualTo(key);
		assertThat(keyOf("utm_source=a&x=1", FIT)).as("no parameter the page reads").isEmpty();
		assertThat(keyOf("tool=docker&tool=docker&skill=mlops&tool=git", FIT)).as("a value sent twice")
			.isNotEqualTo(key);
	}

	@Test
	void whatIsNotPlainIsLeftToTomcatAndTheEncoder() {
		for (String query : List.of("", "=mlops", "skill=a=b", "skill=ml%20ops", "skill=ml+ops", "skill=ml ops",
				"skill=mlops&&tool=git", "skill=mlops&", "&skill=mlops", "skill=ml~ops", "skill=m\u00e9", "sk%69ll=a",
				"skill=a;tool=b", "skill=a#b", "x=1&".repeat(PlainQuery.MAX_PAIRS) + "skill=a")) {
			StringBuilder key = new StringBuilder("/fit");

			assertThat(PlainQuery.appendTo(key, query, FIT)).as(query).isFalse();
			assertThat(key).as("nothing appended").hasToString("/fit");
		}
		assertThat(plainKey("x=1&".repeat(PlainQuery.MAX_PAIRS - 1) + "skill=a", FIT))
			.isEqualTo(PageAddresses.QUERY + "skill=a");
	}

	@Test
	void aPairWithoutAValueIsKeyedAsTomcatReadsIt() {
		for (String query : List.of("skill", "skill=", "skill&tool=git", "tool=git&skill")) {
			assertThat(plainKey(query, FIT)).as(query).isEqualTo(tomcatKey(query, FIT));
		}
	}

	/**
	 * Random queries made of plain characters and of every character that changes how a
	 * query is read: wherever the plain reading answers, it answers as Tomcat's parser
	 * and the encoder do, for a page that reads some parameters and for one that reads
	 * them all.
	 */
	@Test
	void wheneverAQueryIsReadAsPlainItsKeyIsTheOneTomcatsParsingMakes() {
		String[] pieces = { "skill", "tool", "language", "x", "Tool", "a", "b", "-", "_", ".", "*", "0", "9", "Z", "=",
				"=", "&", "&", "%", "%41", "%2B", "%26", "%3D", "+", " ", "~", "\u00e9", ";", "%zz", "%C3%A9" };
		Random random = new Random(17);
		int plain = 0;
		for (int i = 0; i < 20_000; i++) {
			StringBuilder query = new StringBuilder();
			int length = random.nextInt(12);
			for (int j = 0; j < length; j++) {
				query.append(pieces[random.nextInt(pieces.length)]);
			}
			for (PageAddresses.Parameters read : List.of(FIT, PageAddresses.Parameters.ANY)) {
				String key = plainKey(query.toString(), read);
				if (key != null) {
					plain++;
					assertThat(key).as(query.toString()).isEqualTo(tomcatKey(query.toString(), read));
				}
			}
		}
		assertThat(plain).as("queries read as plain").isGreaterThan(1_000);
	}

	/** The key's query as the general way makes it, or as the plain reading does. */
	private static String keyOf(String query, PageAddresses.Parameters read) {
		String plain = plainKey(query, read);
		return plain != null ? plain : tomcatKey(query, read);
	}

	private static String plainKey(String query, PageAddresses.Parameters read) {
		StringBuilder key = new StringBuilder();
		return PlainQuery.appendTo(key, query, read) ? key.toString() : null;
	}

	/**
	 * The key's query from the parameters as Tomcat's own parser reads them (what
	 * {@code getParameterMap()} returns), or null where it refuses the query.
	 */
	private static String tomcatKey(String query, PageAddresses.Parameters read) {
		Parameters parameters = new Parameters();
		MessageBytes bytes = MessageBytes.newInstance();
		byte[] raw = query.getBytes(StandardCharsets.UTF_8);
		bytes.setBytes(raw, 0, raw.length);
		parameters.setQuery(bytes);
		parameters.setQueryStringCharset(StandardCharsets.UTF_8);
		Map<String, String[]> values = new LinkedHashMap<>();
		try {
			parameters.handleQueryParameters();
		}
		catch (IllegalStateException refused) {
			return null;
		}
		for (String name : Collections.list(parameters.getParameterNames())) {
			values.put(name, parameters.getParameterValues(name));
		}
		StringBuilder key = new StringBuilder();
		PageAddresses.appendDecoded(key, values, read);
		return key.toString();
	}

}
