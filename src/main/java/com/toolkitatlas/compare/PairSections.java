package com.toolkitatlas.compare;

import java.util.Locale;

import com.toolkitatlas.catalogue.Citations;
import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.html.Markup;

/**
 * The sections of a pair page, one after the other, each under its heading, in the order
 * of {@link com.toolkitatlas.catalogue.ComparisonSection}: the at-a-glance table, the
 * cost (pay charts, the official pay and outlook, each role's pay caveat), developer
 * experience, performance, the ecosystem, the use cases, the overlap, the verdict and
 * when to hire each, every one with both roles' paragraphs on its topics and what the
 * pair adds to it. Written here rather than by a template looping over the sections and
 * inserting a fragment named after each: the nine insertions and the expressions around
 * them were the largest part of Thymeleaf's work left on the page (bench/RESULTS.md,
 * "Rendering, twelfth round"). Written on each request; the line breaks are the ones the
 * templates printed.
 */
final class PairSections {

	private final PairComparison comparison;

	private final Citations citations;

	/**
	 * The sections are most of a pair page (some 80 kB for the longest pairs); one writer
	 * of that size from the start, every part written straight into it, so that no part
	 * is first a string of its own and the writer never grows.
	 */
	private final Markup html = new Markup(80 * 1024);

	/**
	 * @param comparison the pair
	 * @param citations the page's numbered sources
	 */
	PairSections(PairComparison comparison, Citations citations) {
		this.comparison = comparison;
		this.citations = citations;
	}

	String markup() {
		for (PairComparison.Section section : comparison.sections()) {
			if (html.length() > 0) {
				html.tag("\n");
			}
			html.tag("<section")
				.attribute("id", section.id())
				.attribute("aria-labelledby", section.id() + "-heading")
				.tag(">\n<h2")
				.attribute("id", section.id() + "-heading")
				.tag(">")
				.text(section.heading())
				.tag("</h2>\n\n");
			switch (section.section()) {
				case AT_A_GLANCE -> atAGlance(section);
				case COST -> cost(section);
				case ECOSYSTEM -> ecosystem(section);
				case USE_CASES -> useCases(section);
				case OVERLAP -> overlap(section);
				case VERDICT -> verdict(section);
				case WHEN_TO_HIRE -> whenToHire(section);
				default -> section.writeNotes(section.writeTopics(html).tag("\n"), citations).tag("\n");
			}
			html.tag("\n</section>");
		}
		return html.toString();
	}

	private void atAGlance(PairComparison.Section section) {
		html.tag("\n")
			.tag(comparison.glanceTableMarkup(
					comparison.first().shortName() + " and " + comparison.second().shortName() + " at a glance",
					citations))
			.tag("\n\n");
		section.writeNotes(section.writeTopics(html).tag("\n"), citations).tag("\n");
	}

	private void cost(PairComparison.Section section) {
		SalaryComparison salary = comparison.salary();
		html.tag("<h3>Salary</h3>\n<p>The headline figure of each role on one scale, from $0 to just past the largest "
				+ "figure. A bold bar is a band, a thin\nmark a median or an average.</p>\n")
			.tag(salary.headlines().figureMarkup("Headline pay figure of each role, US dollars per year", citations))
			.tag("\n");
		if (!salary.comparable()) {
			salary.writeWarning(html);
		}
		else {
			Role first = comparison.first();
			html.tag("\n<p class=\"salary-match\">")
				.text("Both headline figures are of the same kind ("
						+ first.headlineSalary().basis().label().toLowerCase(Locale.ROOT) + ", "
						+ first.headlineSalary().region() + "), so the two bars can be read against each other.")
				.tag("</p>\n");
		}
		html.tag(comparison.everyFigure()
			.figureMarkup("Every pay figure the catalogue holds for either role, US dollars per year", citations))
			.tag("\n")
			.tag(comparison.officialPay().sectionMarkup())
			.tag("\n<ul class=\"notes\">\n");
		for (RoleText note : comparison.salaryNotes()) {
			html.tag("<li>\n<strong>")
				.text(note.role().shortName() + ":")
				.tag("</strong> <span>")
				.tag(note.markup())
				.tag("</span>\n</li>\n");
		}
		html.tag(comparison.salaryNotes().isEmpty() ? "\n</ul>\n" : "</ul>\n");
		section.writeNotes(section.writeTopics(html).tag("\n"), citations).tag("\n");
	}

	private void ecosystem(PairComparison.Section section) {
		topicLists(section);
		section.writeNotes(html.tag("\n"), citations).tag("\n");
	}

	private void useCases(PairComparison.Section section) {
		section.writeTopics(html).tag("\n<h3>Concrete examples</h3>\n<dl class=\"compare-columns\">\n");
		comparison.writeUseCases(html).tag("\n</dl>\n");
		section.writeNotes(html, citations).tag("\n");
	}

	private void overlap(PairComparison.Section section) {
		Similarity similarity = comparison.similarity();
		html.tag("<p class=\"similarity\">\n<strong class=\"similarity__figure\">")
			.text(similarity.percent() + "% similar")
			.tag("</strong>\n<span>")
			.text(similarity.shared() + " of the " + similarity.either()
					+ " skills and tools that either role uses are used by both.")
			.tag("</span>\nThe figure is the Jaccard index of the two toolkits: the skills and tools both roles use, "
					+ "divided by all the\nskills and tools either of them uses, core and secondary alike "
					+ "(<a href=\"/sources#similarity\">how similarity is measured</a>).\n</p>\n")
			.tag(comparison.overlapBar().figureMarkup(comparison.first().shortName(), comparison.second().shortName()))
			.tag("\n<div class=\"overlap\">\n");
		comparison.writeOverlapGroups(html).tag("\n</div>\n");
		section.writeNotes(html, citations).tag("\n");
	}

	private void verdict(PairComparison.Section section) {
		section.writeTopics(html)
			.tag("\n<p>The choice in one line for each role opens this page: <a href=\"#choose\">which to "
					+ "choose</a>.</p>\n<h3>Our recommendation</h3>\n");
		section.writeNotes(html, citations)
			.tag("\n<p>")
			.text(comparison.closeness())
			.tag("</p>\n<p>If neither description settles it, the <a href=\"/pick\">how-to-pick guide</a> ranks all\n")
			.text(comparison.roleCount())
			.tag(" roles against your interests and strengths.</p>\n");
	}

	private void whenToHire(PairComparison.Section section) {
		html.tag("<p>For someone building a team rather than choosing a career.</p>\n");
		topicLists(section);
		html.tag("\n<h3>What a hire delivers</h3>\n<dl class=\"compare-columns\">\n");
		comparison.writeDeliverables(html).tag("\n</dl>\n");
		section.writeNotes(html, citations).tag("\n");
	}

	/** Each topic of a section of one topic or a few, without the topic's heading. */
	private void topicLists(PairComparison.Section section) {
		for (PairComparison.TopicTexts topic : section.topics()) {
			topic.writeTexts(html.tag("\n<dl class=\"compare-columns\">")).tag("</dl>\n");
		}
	}

}
