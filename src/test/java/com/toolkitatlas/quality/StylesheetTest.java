package com.toolkitatlas.quality;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A brace left open in the stylesheet silently swallows every rule after it into the
 * block above (a print or a phone media query, say): the page still loads, but those
 * rules never apply.
 */
class StylesheetTest {

	private static final Path STYLESHEET = Path.of("src/main/resources/static/site.css");

	@Test
	void everyBlockIsClosedAndEveryRuleStartingAtTheMarginIsATopLevelRule() throws IOException {
		String css = Files.readString(STYLESHEET).replaceAll("(?s)/\\*.*?\\*/", "");
		List<String> misplaced = new ArrayList<>();
		int depth = 0;
		int line = 1;
		boolean lineStart = true;
		for (char c : css.toCharArray()) {
			if (lineStart && depth > 0 && !Character.isWhitespace(c) && c != '}') {
				misplaced.add("line " + line + " starts at the margin inside a block " + depth + " deep");
			}
			lineStart = c == '\n';
			if (c == '\n') {
				line++;
			}
			else if (c == '{') {
				depth++;
			}
			else if (c == '}') {
				depth--;
				assertThat(depth).as("a closing brace without an opening one, line %d", line).isNotNegative();
			}
		}
		assertThat(depth).as("blocks left open at the end of the stylesheet").isZero();
		assertThat(misplaced).as("rules that look top-level but sit inside a block").isEmpty();
	}

}
