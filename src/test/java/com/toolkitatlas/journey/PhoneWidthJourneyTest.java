package com.toolkitatlas.journey;

import java.util.List;

import com.toolkitatlas.support.Browser;
import com.toolkitatlas.support.Browser.Viewport;
import com.toolkitatlas.support.BrowserTest;
import com.toolkitatlas.support.PageType;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Journey 6: every page type on a phone 375 px wide, read without scrolling sideways, its
 * tables readable.
 */
@BrowserTest
class PhoneWidthJourneyTest {

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

	@ParameterizedTest(name = "{0}")
	@EnumSource(PageType.class)
	void everyPageFitsAPhoneAndItsTablesStayReadable(PageType type, Browser browser) {
		browser.at(Viewport.PHONE).open(type.path());

		assertThat(browser.<Long>script("return document.documentElement.clientWidth"))
			.isEqualTo(Viewport.PHONE.width());
		List<String> problems = browser.script(LAYOUT_PROBLEMS);
		assertThat(problems).as("layout problems at 375 px on " + type.path()).isEmpty();
	}

}
