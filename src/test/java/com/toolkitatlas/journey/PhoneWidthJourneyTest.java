package com.toolkitatlas.journey;

import java.util.List;

import com.toolkitatlas.support.Browser;
import com.toolkitatlas.support.Browser.Viewport;
import com.toolkitatlas.support.BrowserTest;
import com.toolkitatlas.support.PageType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Journey 6: every page type on a phone, 390 px wide as the site's issues measure and 375
 * px as the narrowest phones still common, read without scrolling sideways; its tables
 * readable, and none hiding part of itself without showing that it scrolls; the main
 * navigation in two rows above the answer, no link of it out of view.
 */
@BrowserTest
class PhoneWidthJourneyTest {

	private static final List<Viewport> PHONES = List.of(Viewport.PHONE, Viewport.NARROW_PHONE);

	/**
	 * What sticks out of the screen: the page being wider than the screen, any element
	 * reaching past its right edge (only the outermost one is named) unless it sits in a
	 * box that scrolls by itself, a table wider than the screen outside such a box, and
	 * table cells that are unreadable: text under 12 px, content spilling out of its
	 * cell, or a column squeezed below 3 em.
	 */
	private static final String LAYOUT_PROBLEMS = """
			const width = document.documentElement.clientWidth, problems = [];
			const name = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
			    + (el.classList.length ? '.' + [...el.classList].join('.') : '')
			    + ' "' + (el.innerText || '').trim().replace(/\\s+/g, ' ').slice(0, 40) + '"';
			const boxOf = el => {
			    for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
			        if (getComputedStyle(p).overflowX !== 'visible') return p;
			    }
			    return null;
			};
			const sticksOut = el => el.getBoundingClientRect().right > width + 1;
			if (document.documentElement.scrollWidth > width) {
			    problems.push('the page is ' + document.documentElement.scrollWidth + ' px wide on a ' + width + ' px screen');
			}
			for (const el of document.body.querySelectorAll('*')) {
			    const rect = el.getBoundingClientRect();
			    if (rect.width === 0 || !sticksOut(el) || boxOf(el)) continue;
			    if (el.parentElement !== document.body && sticksOut(el.parentElement)) continue;
			    problems.push(name(el) + ' reaches ' + Math.round(rect.right) + ' px');
			}
			for (const table of document.querySelectorAll('table')) {
			    const box = boxOf(table);
			    if (sticksOut(table) && (!box || !['auto', 'scroll'].includes(getComputedStyle(box).overflowX))) {
			        problems.push('table ' + name(table) + ' is wider than the screen and not in a box that scrolls');
			    }
			    for (const cell of table.querySelectorAll('th, td')) {
			        const style = getComputedStyle(cell), text = cell.innerText.trim();
			        if (!text || cell.getClientRects().length === 0) continue;
			        if (parseFloat(style.fontSize) < 12) problems.push(name(cell) + ' has ' + style.fontSize + ' text');
			        if (cell.scrollWidth > cell.clientWidth + 1) problems.push(name(cell) + ' spills out of its cell');
			        if (text.length > 3 && cell.clientWidth < 3 * parseFloat(style.fontSize)) {
			            problems.push(name(cell) + ' is squeezed to ' + cell.clientWidth + ' px');
			        }
			    }
			}
			return problems;""";

	/**
	 * Tables that hide part of themselves (folded sections unfolded first): a table
	 * reaching past the box that clips it, or past the screen, unless that box is a
	 * region a person can find and scroll, and that shows it scrolls. Such a region has a
	 * role and a name (so a screen reader announces it), takes the keyboard focus (so
	 * arrow keys scroll it), scrolls sideways, and draws the scroll cue: shadows at its
	 * edges, fixed to the box, under covers that move with the content
	 * ({@code background-attachment: local}), so a shadow shows only on a side where more
	 * of the table is hidden.
	 */
	private static final String TABLES_HIDING_PART = """
			for (const details of document.querySelectorAll('details:not([open])')) details.open = true;
			const width = document.documentElement.clientWidth, problems = [];
			const name = el => el.tagName.toLowerCase() + (el.className ? '.' + [...el.classList].join('.') : '')
			    + ' "' + (el.innerText || '').trim().replace(/\s+/g, ' ').slice(0, 40) + '"';
			const clipping = el => {
			    for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
			        if (getComputedStyle(p).overflowX !== 'visible') return p;
			    }
			    return null;
			};
			for (const table of document.querySelectorAll('table')) {
			    const rect = table.getBoundingClientRect();
			    if (rect.width === 0 || table.getClientRects().length === 0) continue;
			    const box = clipping(table);
			    const inner = box ? box.getBoundingClientRect().left + box.clientLeft + box.clientWidth : width;
			    const outer = box ? box.getBoundingClientRect().left + box.clientLeft : 0;
			    if (rect.right <= Math.min(inner, width) + 1 && rect.left >= outer - 1) continue;
			    const wrong = [];
			    if (!box) wrong.push('is in no box that scrolls');
			    else {
			        const style = getComputedStyle(box);
			        if (!['auto', 'scroll'].includes(style.overflowX)) wrong.push('is clipped by a box that does not scroll');
			        if (box.getAttribute('role') !== 'region') wrong.push('is in a box without role="region"');
			        if (!(box.getAttribute('aria-label') || '').trim() && !box.getAttribute('aria-labelledby')) wrong.push('is in a region without a name');
			        if (box.tabIndex !== 0) wrong.push('is in a region the keyboard cannot reach');
			        const layers = style.backgroundAttachment.split(',').map(s => s.trim());
			        const images = style.backgroundImage;
			        if (!layers.includes('local') || !layers.includes('scroll') || !images.includes('gradient')) {
			            wrong.push('is in a region that does not show it scrolls (no edge shadows under local covers)');
			        }
			    }
			    if (wrong.length) problems.push('table ' + name(table) + ' hides part of itself and ' + wrong.join(', '));
			}
			return problems;""";

	@ParameterizedTest(name = "{0}")
	@EnumSource(PageType.class)
	void everyPageFitsAPhoneAndNoTableHidesPartOfItselfUnseen(PageType type, Browser browser) {
		browser.at(Viewport.PHONE).open(type.path());

		// One load per page: the narrower phone is the same page laid out again.
		for (Viewport phone : PHONES) {
			browser.at(phone);
			assertThat(browser.<Long>script("return document.documentElement.clientWidth")).isEqualTo(phone.width());
			List<String> problems = browser.script(LAYOUT_PROBLEMS);
			assertThat(problems).as("layout problems at %d px on %s", phone.width(), type.path()).isEmpty();
		}
		for (Viewport phone : PHONES) {
			browser.at(phone);
			List<String> problems = browser.script(TABLES_HIDING_PART);
			assertThat(problems).as("tables at %d px on %s", phone.width(), type.path()).isEmpty();
		}
	}

	/** How many links the main navigation has, and in how many rows. */
	private static final String NAVIGATION_ROWS = """
			const links = [...document.querySelectorAll('.site-nav a')];
			return [links.length, new Set(links.map(a => Math.round(a.getBoundingClientRect().top))).size];""";

	/**
	 * How many pixels of the focused link are hidden, past the edges of the navigation or
	 * of the screen.
	 */
	private static final String FOCUSED_LINK_HIDDEN = """
			const a = document.activeElement, r = a.getBoundingClientRect();
			const box = a.closest('ul').getBoundingClientRect(), width = document.documentElement.clientWidth;
			return Math.max(0, Math.max(box.left, 0) - r.left) + Math.max(0, r.right - Math.min(box.right, width));""";

	@Test
	void theMainNavigationTakesTwoRowsWithEveryLinkInViewAndLeavesTheHomePagesFirstRoleOnTheFirstScreen(
			Browser browser) {
		for (Viewport phone : PHONES) {
			browser.at(phone).open("/");
			List<Long> navigation = browser.script(NAVIGATION_ROWS);
			assertThat(navigation.get(1)).as("rows of links at %d px", phone.width()).isLessThanOrEqualTo(2L);
			assertThat(browser
				.<Number>script(
						"return document.querySelector('.role-card').getBoundingClientRect().top + window.scrollY")
				.doubleValue()).as("top of the first role at %d px", phone.width()).isLessThan(phone.height());

			WebElement link = browser.tabTo("the main navigation", "el.closest('.site-nav')");
			for (int i = 0; i < navigation.get(0); i++, link = browser.press(Keys.TAB).focused()) {
				// Chromium does not scroll a link into view when the keyboard reaches it
				// while
				// part of it shows: in a row that scrolls sideways, a link could stay cut
				// off.
				assertThat(browser.<Number>script(FOCUSED_LINK_HIDDEN).doubleValue())
					.as("pixels of %s hidden when the keyboard reaches it at %d px", link.getText(), phone.width())
					.isLessThan(2);
			}
		}
	}

}
