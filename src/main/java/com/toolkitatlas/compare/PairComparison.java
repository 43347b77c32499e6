package com.toolkitatlas.compare;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import com.toolkitatlas.catalogue.Citations;
import com.toolkitatlas.catalogue.ComparisonSection;
import com.toolkitatlas.catalogue.Links.RoleTool;
import com.toolkitatlas.catalogue.ListTopic;
import com.toolkitatlas.catalogue.Overlap;
import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.catalogue.RolePair;
import com.toolkitatlas.catalogue.Skill;
import com.toolkitatlas.catalogue.Tool;
import com.toolkitatlas.catalogue.Topic;
import com.toolkitatlas.html.Markup;
import com.toolkitatlas.salary.JobOutlook;
import com.toolkitatlas.salary.SalaryChart;

/**
 * Two roles side by side, composed from their catalogue texts and lists and from the
 * notes the pair adds. The first role is the one of lower display order, as in the
 * canonical address.
 *
 * @param everyFigure every salary figure of both roles, on the same scale as the
 * headlines
 * @param closeness what the similarity means for someone choosing between the two
 * @param firstPairs the other comparisons of the first role; secondPairs those of the
 * second
 * @param outlooks each role's job outlook, first role first, for the summary
 */
public record PairComparison(RolePair pair, List<GlanceRow> glance, SalaryComparison salary, SalaryChart everyFigure,
		Overlap overlap, Similarity similarity, String closeness, List<RolePair> firstPairs, List<RolePair> secondPairs,
		List<JobOutlook> outlooks) implements ComparisonPage {

	/** The job outlook of one of the two roles. */
	public JobOutlook outlook(Role role) {
		return outlooks.get(roles().indexOf(role));
	}

	public Role first() {
		return pair.first();
	}

	public Role second() {
		return pair.second();
	}

	public List<Role> roles() {
		return List.of(first(), second());
	}

	@Override
	public String path() {
		return pair.path();
	}

	/**
	 * The sections of the page in order, each with both roles' paragraphs on its topics
	 * and what the pair adds to it.
	 */
	public List<Section> sections() {
		return Arrays.stream(ComparisonSection.values())
			.map(section -> new Section(section,
					section.topics()
						.stream()
						.map(topic -> new TopicTexts(topic,
								roles().stream().map(role -> new RoleText(role, role.text(topic))).toList()))
						.toList(),
					pair.notes(section)))
			.toList();
	}

	/**
	 * The sources the page cites, numbered in reading order: the headline pay and the
	 * outlook of the answer first, then the at-a-glance table, the pay figures and the
	 * notes of each section.
	 */
	public Citations citations() {
		return Citations.of(Stream
			.of(roles().stream().map(role -> role.headlineSalary().source()), outlooks.stream().map(JobOutlook::source),
					glance.stream().flatMap(row -> row.cells().stream()).map(GlanceRow.Cell::source),
					everyFigure.bars().stream().map(bar -> bar.figure().source()),
					pair.notes().stream().map(RolePair.Note::source))
			.flatMap(sources -> sources));
	}

	/** The overlap as one bar of three proportional segments. */
	public OverlapBar overlapBar() {
		return OverlapBar.of(overlap);
	}

	/** Each role's caveat on its pay figures, for the roles that have one. */
	public List<RoleText> salaryNotes() {
		return roles().stream()
			.filter(role -> role.note(ListTopic.SALARY) != null)
			.map(role -> new RoleText(role, role.note(ListTopic.SALARY)))
			.toList();
	}

	/*
	 * The page's longer lists are written here rather than by template fragments: a pair
	 * page printed some 1,500 elements, and Thymeleaf's work per processed element was
	 * most of its cost (bench/RESULTS.md, "Rendering, fourth round").
	 */

	/** Skills of the overlap as tags, each linked to its page. */
	public String skillTags(List<Skill> skills) {
		Markup html = new Markup(64 * skills.size());
		for (Skill skill : skills) {
			linkTag(html, "/skills/" + skill.slug(), skill.name());
		}
		return html.toString();
	}

	/** Tools of the overlap as tags, each linked to its page. */
	public String toolTags(List<Tool> tools) {
		Markup html = new Markup(64 * tools.size());
		for (Tool tool : tools) {
			linkTag(html, "/tools/" + tool.slug(), tool.name());
		}
		return html.toString();
	}

	private static void linkTag(Markup html, String href, String name) {
		html.tag("\n<li>").link(href, name).tag("</li>");
	}

	/**
	 * A role's core tools as the short answer names them: each linked to its page,
	 * separated by commas.
	 */
	public String coreToolsMarkup(Role role) {
		Markup html = new Markup(64 * role.coreTools().size());
		for (RoleTool link : role.coreTools()) {
			if (html.length() > 0) {
				html.tag(", ");
			}
			html.link("/tools/" + link.tool().slug(), link.tool().name());
		}
		return html.toString();
	}

	/**
	 * Opens a role's item of a side-by-side description list: the role's short name
	 * linked to its profile, then its description, which the caller writes and closes.
	 */
	static Markup writeRoleTerm(Markup html, Role role) {
		return html.tag("\n<div>\n<dt>").link("/roles/" + role.slug(), role.shortName()).tag("</dt>\n<dd>");
	}

	/**
	 * The rows of a role's core tools table: each tool linked, how it is paid for and the
	 * evidence checked for it ("evidence 1", "evidence 2" where there are several), or
	 * "Not checked yet".
	 */
	static String toolCostRows(Role role) {
		Markup html = new Markup(2048);
		for (RoleTool link : role.coreTools()) {
			Tool tool = link.tool();
			html.tag("\n<tr>\n<th scope=\"row\">").link("/tools/" + tool.slug(), tool.name()).tag("</th>\n");
			if (tool.costChecked()) {
				html.tag("<td><span>").text(tool.cost().model().label()).tag("</span>\n<span class=\"source-ref\">");
				tool.cost().writeEvidenceLinks(html, "evidence");
				html.tag("</span></td>\n");
			}
			else {
				html.tag("<td class=\"muted\">Not checked yet</td>\n");
			}
			html.tag("</tr>");
		}
		return html.tag("\n").toString();
	}

	/**
	 * One section of the comparison.
	 *
	 * @param notes what the pair adds to it, each with its source
	 */
	public record Section(ComparisonSection section, List<TopicTexts> topics, List<RolePair.Note> notes) {

		public String id() {
			return section.id();
		}

		public String heading() {
			return section.heading();
		}

		/**
		 * The section's topics as the page prints them, in the catalogue's order: each
		 * under its heading, both roles' paragraphs side by side
		 * ({@link TopicTexts#textsMarkup}), the tool-cost paragraph with each role's core
		 * tools and how each is paid for. Written here rather than by a template fragment
		 * called in six sections, a loop and a fragment call per topic (bench/RESULTS.md,
		 * "Rendering, eighth round").
		 */
		public String topicsMarkup() {
			Markup html = new Markup(2048 * (topics.size() + 1)).tag("\n");
			for (TopicTexts topic : topics) {
				html.tag("\n<h3>").text(topic.heading()).tag("</h3>\n");
				if (!topic.withToolCosts()) {
					html.tag("\n<dl class=\"compare-columns\">").tag(topic.textsMarkup()).tag("</dl>\n\n\n");
				}
				else {
					html.tag("\n<dl class=\"compare-columns\">");
					for (RoleText item : topic.texts()) {
						Role role = item.role();
						writeRoleTerm(html, role).tag("\n<p>")
							.text(item.text() == null ? "" : item.text())
							.tag("</p>\n<table class=\"tool-costs\">\n<caption class=\"visually-hidden\">")
							.text("Core tools of the " + role.name() + " toolkit and how each is paid for")
							.tag("</caption>\n<thead>\n"
									+ "<tr><th scope=\"col\">Core tool</th><th scope=\"col\">Cost model</th></tr>\n"
									+ "</thead>\n\n<tbody>")
							.tag(toolCostRows(role))
							.tag("</tbody>\n</table>\n</dd>\n</div>");
					}
					html.tag("\n</dl>\n");
				}
			}
			return html.tag("\n").toString();
		}

		/**
		 * What the pair adds to the section, as paragraphs, each with its footnote marker
		 * where it has a source. Written here rather than by a template fragment called
		 * in every section (bench/RESULTS.md, "Rendering, eighth round").
		 * @param citations the page's numbered sources
		 */
		public String notesMarkup(Citations citations) {
			if (notes.isEmpty()) {
				// The line breaks around a list of none, as the template printed them.
				return "\n\n";
			}
			Markup html = new Markup(512 * notes.size()).tag("\n");
			for (RolePair.Note note : notes) {
				html.tag("<p class=\"pair-note\">").text(note.body());
				if (note.source() != null) {
					html.tag("<sup class=\"cite\">").tag(citations.marker(note.source())).tag("</sup>");
				}
				html.tag("</p>\n");
			}
			return html.toString();
		}

	}

	/** Both roles' paragraphs on one topic, under the topic's heading. */
	public record TopicTexts(Topic topic, List<RoleText> texts) {

		public String heading() {
			return topic.label();
		}

		/**
		 * Whether each paragraph comes with the role's core tools and how each is paid
		 * for.
		 */
		public boolean withToolCosts() {
			return topic == Topic.TOOL_COSTS;
		}

		/**
		 * Each role's paragraph side by side, as the items of a description list: the
		 * role's short name linked to its profile, then its paragraph. Written here
		 * rather than by a template fragment: a pair page has some fifteen topics, each a
		 * fragment call and a loop (bench/RESULTS.md, "Rendering, eighth round").
		 */
		public String textsMarkup() {
			Markup html = new Markup(1024 * texts.size());
			for (RoleText item : texts) {
				writeRoleTerm(html, item.role()).text(item.text() == null ? "" : item.text()).tag("</dd>\n</div>");
			}
			return html.tag("\n").toString();
		}

	}

}
