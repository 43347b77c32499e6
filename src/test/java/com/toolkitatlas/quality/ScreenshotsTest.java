package com.toolkitatlas.quality;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.toolkitatlas.support.Browser;
import com.toolkitatlas.support.Browser.Viewport;
import com.toolkitatlas.support.BrowserTest;
import com.toolkitatlas.support.PageType;

import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static com.toolkitatlas.support.PageType.FILTERED_ROLES;
import static com.toolkitatlas.support.PageType.HOME;
import static com.toolkitatlas.support.PageType.PAIR;
import static com.toolkitatlas.support.PageType.PICK_RESULT;
import static com.toolkitatlas.support.PageType.PROFILE;

/**
 * Not a check: takes the screenshots the README shows, on a desktop (1280 px) and a phone
 * (390 px), into {@code docs/screenshots/}. Run it with {@code scripts/screenshots.sh};
 * pages still being built are skipped.
 */
@BrowserTest
@EnabledIfSystemProperty(named = "screenshots", matches = "true",
		disabledReason = "run scripts/screenshots.sh to take them")
class ScreenshotsTest {

	/**
	 * Each page, and the element to scroll to first where the top of the page is not the
	 * telling part (or null).
	 */
	private static final List<Shot> SHOWN = List.of(new Shot(HOME, null), new Shot(PAIR, null),
			new Shot(FILTERED_ROLES, null), new Shot(PICK_RESULT, "#result"), new Shot(PROFILE, null));

	private static final Path FOLDER = Path.of("docs", "screenshots");

	record Shot(PageType type, String scrollTo) {

		@Override
		public String toString() {
			return type.toString();
		}
	}

	static Stream<Arguments> shots() {
		return SHOWN.stream()
			.flatMap(shot -> Stream.of(Viewport.DESKTOP, Viewport.PHONE).map(viewport -> Arguments.of(shot, viewport)));
	}

	@ParameterizedTest(name = "{0} on a {1}")
	@MethodSource("shots")
	void takeTheScreenshot(Shot shot, Viewport viewport, Browser browser) throws IOException {
		browser.at(viewport).open(shot.type().path()).settle();
		if (shot.scrollTo() != null) {
			browser.script("arguments[0].scrollIntoView(); window.scrollBy(0, -24)", browser.find(shot.scrollTo()));
		}

		Files.createDirectories(FOLDER);
		String name = shot.type().name().toLowerCase().replace('_', '-') + "-" + viewport.name().toLowerCase() + ".png";
		Files.write(FOLDER.resolve(name), browser.screenshot());
	}

}
