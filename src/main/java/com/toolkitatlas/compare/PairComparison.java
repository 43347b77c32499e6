package com.toolkitatlas.compare;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import com.toolkitatlas.catalogue.Citations;
import com.toolkitatlas.catalogue.ComparisonSection;
import com.toolkitatlas.catalogue.Items.UseCase;
import com.toolkitatlas.catalogue.Links.RoleTool;
import com.toolkitatlas.catalogue.ListTopic;
import com.toolkitatlas.catalogue.Overlap;
import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.catalogue.RolePair;
import com.toolkitatlas.catalogue.SalaryFigure;
import com.toolkitatlas.catalogue.Skill;
import com.toolkitatlas.catalogue.Tool;
import com.toolkitatlas.catalogue.Topic;
import com.toolkitatlas.html.Markup;
import com.toolkitatlas.salary.JobOutlook;
import com.toolkitatlas.salary.PayComparison;
import com.toolkitatlas.salary.SalaryChart;

/**
 * Two roles side by side, composed from their catalogue texts and lists and from the
 * notes the pair adds. The first role is the one of lower display order, as in the
 * canonical address. All of it depends on the catalogue alone, so a pair's comparison is
 * made once ({@link ComparisonService}); its markup is written on each request.
 *
 * @param everyFigure every salary figure of both roles, on the same scale as the
 * headlines
 * @param closeness what the similarity means for someone choosing between the two
 * @param firstPairs the other comparisons of the first role; secondPairs those of the
 * second
 * @param outlooks each role's job outlook, first role first, for the summary
 * @param officialPay both roles' official occupations' pay distributions and outlooks
 * @param roleCount how many roles the catalogue holds, in words ("six")
 * @param sections the sections of the page in order, each with both roles' paragraphs on
 * its topics and what the pair adds to it
 * @param citations the sources the page cites, numbered in reading order: the headline
 * pay and the outlook of the answer first, then the at-a-glance table, the pay figures
 * and the notes of each section
 * @param lists the lists the page prints of the two roles' catalogue entries, written
 * once with the pair
 */
public record PairComparison(RolePair pair, List<GlanceRow> glance, SalaryComparison salary, SalaryChart everyFigure,
		Overlap overlap, Similarity similarity, String closeness, List<RolePair> firstPairs, List<RolePair> secondPairs,
		List<JobOutlook> outlooks, PayComparison officialPay, String roleCount, List<Section> sections,
		Citations citations, Lists lists) implements ComparisonPage {

	/**
	 * A pair's comparison, with its sections and its numbered sources worked out from the
	 * rest.
	 */
	static PairComparison of(RolePair pair, List<GlanceRow> glance, SalaryComparison salary, SalaryChart everyFigure,
			Overlap overlap, String closeness, List<RolePair> firstPairs, List<RolePair> secondPairs,
			List<JobOutlook> outlooks, PayComparison officialPay, String roleCount) {
		List<Role> roles = List.of(pair.first(), pair.second());
		List<Section> sections = Arrays.stream(ComparisonSection.values())
			.map(section -> new Section(section,
					section.topics()
						.stream()
						.map(topic -> new TopicTexts(topic,
								roles.stream().map(role -> new RoleText(role, role.text(topic))).toList()))
						.toList(),
					pair.notes(section)))
			.toList();
		Citations citations = Citations.of(Stream
			.of(roles.stream().map(role -> role.headlineSalary().source()), outlooks.stream().map(JobOutlook::source),
					glance.stream().flatMap(row -> row.cells().stream()).map(GlanceRow.Cell::source),
					everyFigure.bars().stream().map(bar -> bar.figure().source()),
					pair.notes().stream().map(RolePair.Note::source))
			.flatMap(sources -> sources));
		return new PairComparison(pair, glance, salary, everyFigure, overlap, Similarity.of(overlap), closeness,
				firstPairs, secondPairs, outlooks, officialPay, roleCount, sections, citations,
				Lists.of(roles, overlap));
	}

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
	 * Every section of the page, one after the other, as the page prints them
	 * ({@link PairSections}).
	 * @param citations the page's numbered sources
	 */
	public String sectionsMarkup(Citations citations) {
		return new PairSections(this, citations).markup();
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

	/**
	 * The overlap's three groups, each a section with its skills and its tools as linked
	 * tags, or "None": those in both toolkits, those only the first role has, those only
	 * the second has. Written here rather than by a template fragment called three times
	 * (bench/RESULTS.md, "eleventh round").
	 */
	public Markup writeOverlapGroups(Markup html) {
		return html.tag(lists.overlapGroups());
	}

	private static Markup writeOverlapGroups(Markup html, Overlap overlap, Role first, Role second) {
		writeOverlapGroup(html, "overlap-both", "In both toolkits", overlap.sharedSkills(), overlap.sharedTools());
		html.tag("\n");
		writeOverlapGroup(html, "overlap-first", "Only " + first.shortName(), overlap.onlyFirstSkills(),
				overlap.onlyFirstTools());
		html.tag("\n");
		writeOverlapGroup(html, "overlap-second", "Only " + second.shortName(), overlap.onlySecondSkills(),
				overlap.onlySecondTools());
		return html;
	}

	private static void writeOverlapGroup(Markup html, String id, String heading, List<Skill> skills,
			List<Tool> tools) {
		html.tag("<section class=\"overlap__group\"")
			.attribute("aria-labelledby", id)
			.tag(">\n<h3")
			.attribute("id", id)
			.tag(">")
			.text(heading)
			.tag("</h3>\n<dl class=\"overlap__lists\">\n\n<div><dt>Skills</dt><dd>");
		if (skills.isEmpty()) {
			html.tag("\n<span class=\"muted\">None</span>");
		}
		else {
			writeSkillTags(html.tag("<ul class=\"tags\">"), skills).tag("</ul>\n");
		}
		html.tag("</dd></div>\n<div><dt>Tools</dt><dd>");
		if (tools.isEmpty()) {
			html.tag("\n<span class=\"muted\">None</span>");
		}
		else {
			writeToolTags(html.tag("<ul class=\"tags\">"), tools).tag("</ul>\n");
		}
		html.tag("</dd></div>\n</dl>\n</section>");
	}

	/**
	 * The table of contents' entries for the sections, in order: each a link to its
	 * section.
	 */
	public String sectionLinksMarkup() {
		Markup html = new Markup(64 * ComparisonSection.values().length);
		for (ComparisonSection section : ComparisonSection.values()) {
			if (html.length() > 0) {
				html.tag("\n");
			}
			html.tag("<li>").link("#" + section.id(), section.heading()).tag("</li>");
		}
		return html.toString();
	}

	/**
	 * The other comparisons of one of the two roles, as the items of a list of links: "ML
	 * Engineer vs Data Engineer".
	 */
	public String otherPairsMarkup(Role role) {
		List<RolePair> others = role.equals(first()) ? firstPairs : secondPairs;
		Markup html = new Markup(112 * others.size());
		for (RolePair other : others) {
			if (html.length() > 0) {
				html.tag("\n");
			}
			html.tag("<li>\n")
				.link(other.path(), role.shortName() + " vs " + other.other(role).shortName())
				.tag("\n</li>");
		}
		return html.toString();
	}

	/**
	 * The page's last section, the ways on: the ranked alternatives to each role, the
	 * comparison of several roles at once, and each role's other comparisons
	 * ({@link #otherPairsMarkup}). Written here rather than by the template: nine
	 * expressions, each a lookup and an evaluation of its own on every request, for a
	 * section that depends on the pair alone (bench/RESULTS.md, "Rendering, sixteenth
	 * round"); the line breaks are the ones the template printed.
	 */
	public String moreComparisonsMarkup() {
		Role a = first();
		Role b = second();
		Markup html = new Markup(2048)
			.tag("<section id=\"more\" class=\"compare-more\" aria-labelledby=\"more-heading\">\n"
					+ "<h2 id=\"more-heading\">More comparisons</h2>\n<p>Looking further? See the ranked ")
			.link("/roles/" + a.slug() + "/alternatives", "alternatives to " + a.shortName())
			.tag("\nand the ")
			.link("/roles/" + b.slug() + "/alternatives", "alternatives to " + b.shortName())
			.tag(",\nor <a href=\"/compare\">compare up to ")
			.text(roleCount)
			.tag(" roles at once</a>.</p>\n<div class=\"compare-columns\">\n<div>\n<h3>")
			.text(a.shortName() + " against the others")
			.tag("</h3>\n<ul class=\"link-list\">\n")
			.tag(otherPairsMarkup(a))
			.tag("\n</ul>\n</div>\n<div>\n<h3>")
			.text(b.shortName() + " against the others")
			.tag("</h3>\n<ul class=\"link-list\">\n")
			.tag(otherPairsMarkup(b))
			.tag("\n</ul>\n</div>\n</div>\n</section>");
		return html.toString();
	}

	/**
	 * Each role's concrete examples side by side, as the items of a description list: the
	 * role's short name linked to its profile, then its use cases, each with its example
	 * where it has one.
	 */
	public Markup writeUseCases(Markup html) {
		return html.tag(lists.useCases());
	}

	private static Markup writeUseCases(Markup html, List<Role> roles) {
		for (Role role : roles) {
			if (role != roles.get(0)) {
				html.tag("\n");
			}
			html.tag("<div>\n<dt>")
				.link("/roles/" + role.slug(), role.shortName())
				.tag("</dt>\n<dd><dl class=\"use-cases\">\n");
			List<UseCase> useCases = role.useCases();
			for (int i = 0; i < useCases.size(); i++) {
				UseCase useCase = useCases.get(i);
				html.tag(i == 0 ? "<div>\n<dt>" : "\n<div>\n<dt>").text(useCase.title()).tag("</dt>\n");
				if (useCase.example() != null) {
					html.tag("<dd>").text(useCase.example()).tag("</dd>");
				}
				html.tag("\n</div>");
			}
			html.tag("\n</dl></dd>\n</div>");
		}
		return html;
	}

	/**
	 * What a hire of each role delivers, as the items of a description list: the role's
	 * short name linked to its profile, then its typical deliverable.
	 */
	public Markup writeDeliverables(Markup html) {
		return html.tag(lists.deliverables());
	}

	private static Markup writeDeliverables(Markup html, List<Role> roles) {
		for (Role role : roles) {
			if (role != roles.get(0)) {
				html.tag("\n");
			}
			html.tag("<div>\n<dt>")
				.link("/roles/" + role.slug(), role.shortName())
				.tag("</dt>\n<dd>")
				.text(role.typicalDeliverable())
				.tag("</dd>\n</div>");
		}
		return html;
	}

	/** Skills of the overlap as tags, each linked to its page. */
	public static Markup writeSkillTags(Markup html, List<Skill> skills) {
		for (Skill skill : skills) {
			linkTag(html, "/skills/" + skill.slug(), skill.name());
		}
		return html;
	}

	/** Tools of the overlap as tags, each linked to its page. */
	public static Markup writeToolTags(Markup html, List<Tool> tools) {
		for (Tool tool : tools) {
			linkTag(html, "/tools/" + tool.slug(), tool.name());
		}
		return html;
	}

	private static void linkTag(Markup html, String href, String name) {
		html.tag("\n<li>").link(href, name).tag("</li>");
	}

	/**
	 * A role's core tools as the short answer names them: each linked to its page,
	 * separated by commas.
	 */
	public String coreToolsMarkup(Role role) {
		return lists.coreTools().get(role == first() || role.equals(first()) ? 0 : 1);
	}

	private static String writeCoreTools(Role role) {
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
	 * The short answer the page opens with: each role's facts
	 * ({@link #answerRolesMarkup}), the warning where the two headline pay figures are
	 * not of the same kind, which to choose ({@link PairComparison#chooseMarkup}) and the
	 * way on to the verdict and the guide. Written here rather than by a template
	 * fragment of the pair page's own (bench/RESULTS.md, "Rendering, twelfth round: the
	 * pair page, third pass"); the line breaks are the ones the fragment printed.
	 * @param citations the page's numbered sources
	 */
	public String answerMarkup(Citations citations) {
		Markup html = new Markup(8192)
			.tag("<section id=\"answer\" class=\"answer\" aria-labelledby=\"answer-heading\">\n"
					+ "<h2 id=\"answer-heading\" class=\"visually-hidden\">The short answer</h2>\n"
					+ "<div class=\"answer__roles\">\n")
			.tag(answerRolesMarkup(citations))
			.tag("\n</div>\n");
		if (!salary.comparable()) {
			html.tag("<p class=\"answer__warning\"><strong>The two pay figures are not the same\nkind.</strong> <span>")
				.text(salary.warning())
				.tag("</span></p>");
		}
		return html.tag("\n<div class=\"choose\" id=\"choose\">\n")
			.tag(chooseMarkup())
			.tag("\n</div>\n<p class=\"answer__next\"><a href=\"#verdict\">The full verdict</a> \u00b7 "
					+ "<a href=\"/pick\">Not sure? Rank every role against\nyour interests</a></p>\n</section>")
			.toString();
	}

	/** The two moves between the roles, one each way, each linked to its switch page. */
	public String switchLinksMarkup() {
		Role a = first();
		Role b = second();
		return new Markup(256).tag("<p class=\"compare-switch\">Making the move:\n")
			.link("/switch/" + a.slug() + "-to-" + b.slug(), "from " + a.shortName() + " to " + b.shortName())
			.tag(" \u00b7\n")
			.link("/switch/" + b.slug() + "-to-" + a.slug(), "from " + b.shortName() + " to " + a.shortName())
			.tag("</p>")
			.toString();
	}

	/**
	 * The short answer's two roles, each as a section of its facts: focus, what it
	 * builds, its core tools ({@link PairComparison#coreToolsMarkup}), its headline pay
	 * with the pay's source marker, basis, region and period ("proxy" where the figure
	 * measures another occupation), and its job outlook (the growth of its main
	 * occupation with its source marker and window, or that no projection was found, and
	 * whether the occupation is a proxy). Written here rather than by the template: some
	 * twenty processed elements a role, five of them conditions (bench/RESULTS.md,
	 * "eleventh round").
	 * @param citations the page's numbered sources
	 */
	public String answerRolesMarkup(Citations citations) {
		Markup html = new Markup(3072);
		for (Role role : roles()) {
			if (html.length() > 0) {
				html.tag("\n");
			}
			String heading = "answer-" + role.slug();
			html.tag("<section class=\"answer__role\"")
				.attribute("aria-labelledby", heading)
				.tag(">\n<h3")
				.attribute("id", heading)
				.tag(">")
				.link("/roles/" + role.slug(), role.name())
				.tag("</h3>\n<dl class=\"answer__facts\">\n<div><dt>Focus</dt><dd>")
				.text(role.primaryFocus())
				.tag("</dd></div>\n<div><dt>Builds</dt><dd>")
				.text(role.typicalDeliverable())
				.tag("</dd></div>\n<div><dt>Core tools</dt><dd>")
				.tag(coreToolsMarkup(role))
				.tag("</dd></div>\n");
			SalaryFigure pay = role.headlineSalary();
			html.tag("<div><dt>Pay</dt><dd><strong>")
				.text(pay.summary())
				.tag("</strong><sup class=\"cite\">")
				.tag(citations.marker(pay.source()))
				.tag("</sup>\n<span class=\"answer__basis\">")
				.text(pay.basis().label() + ", " + pay.region() + ", " + pay.period())
				.tag(pay.proxy() ? "</span>\n<span class=\"occupation__status occupation__status--proxy\">proxy</span>"
						: "</span>\n")
				.tag("</dd></div>\n<div><dt>Outlook</dt><dd>\n");
			JobOutlook outlook = outlook(role);
			String occupation = outlook.mapping().occupation().codeAndTitle();
			if (outlook.known()) {
				html.tag("<strong>");
				outlook.growth()
					.writeTo(html)
					.text(" jobs")
					.tag("</strong><sup class=\"cite\">")
					.tag(citations.marker(outlook.source()))
					.tag("</sup>\n<span class=\"answer__basis\">")
					.text("Projected growth, US, " + outlook.window() + ", " + occupation);
				writeOutlookStatus(html, outlook);
				html.tag("\n\n");
			}
			else {
				html.tag("\nNo projection found <span class=\"answer__basis\">").text(occupation);
				writeOutlookStatus(html, outlook);
				html.tag("\n");
			}
			html.tag("</dd></div>\n</dl>\n</section>");
		}
		return html.toString();
	}

	/**
	 * Which to choose, a paragraph pair for each role: "Choose it if …" with the role
	 * linked to its profile, then how to tell it is for you.
	 */
	public String chooseMarkup() {
		return lists.choose();
	}

	private static String writeChoose(List<Role> roles) {
		Markup html = new Markup(2048);
		for (Role role : roles) {
			if (html.length() > 0) {
				html.tag("\n");
			}
			html.tag("<div class=\"choose__option\">\n<p class=\"choose__if\"><strong>Choose ")
				.link("/roles/" + role.slug(), role.name())
				.tag("\nif <span>")
				.text(role.chooseIf())
				.tag("</span>.</strong></p>\n<p>")
				.text(role.pickAdvice())
				.tag("</p>\n</div>");
		}
		return html.toString();
	}

	/**
	 * Closes an outlook's basis with whether its occupation is the role's own or a proxy.
	 */
	private static void writeOutlookStatus(Markup html, JobOutlook outlook) {
		html.tag(outlook.proxy() ? " <span class=\"occupation__status occupation__status--proxy\">"
				: " <span class=\"occupation__status\">")
			.text(outlook.mapping().status())
			.tag("</span></span>");
	}

	/**
	 * Opens a role's item of a side-by-side description list: the role's short name
	 * linked to its profile, then its description, which the caller writes and closes.
	 */
	static Markup writeRoleTerm(Markup html, Role role) {
		return html.tag("\n<div>\n<dt>").link("/roles/" + role.slug(), role.shortName()).tag("</dt>\n<dd>");
	}

	/**
	 * Writes the rows of a role's core tools table: each tool linked, how it is paid for
	 * and the evidence checked for it ("evidence 1", "evidence 2" where there are
	 * several), or "Not checked yet".
	 */
	static Markup writeToolCostRows(Markup html, Role role) {
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
		return html.tag("\n");
	}

	/**
	 * One section of the comparison.
	 *
	 * @param notes what the pair adds to it, each with its source
	 * @param noteBodies each note's body escaped for an element's content, in the order
	 * of the notes: worked out once from the catalogue
	 */
	public record Section(ComparisonSection section, List<TopicTexts> topics, List<RolePair.Note> notes,
			List<String> noteBodies) {

		public Section(ComparisonSection section, List<TopicTexts> topics, List<RolePair.Note> notes) {
			this(section, topics, notes,
					notes.stream()
						.map(note -> new Markup(note.body().length() + 64).text(note.body()).toString())
						.toList());
		}

		public String id() {
			return section.id();
		}

		public String heading() {
			return section.heading();
		}

		/**
		 * The section's topics as the page prints them, in the catalogue's order: each
		 * under its heading, both roles' paragraphs side by side
		 * ({@link TopicTexts#writeTexts}), the tool-cost paragraph with each role's core
		 * tools and how each is paid for. Written here rather than by a template fragment
		 * called in six sections, a loop and a fragment call per topic (bench/RESULTS.md,
		 * "Rendering, eighth round").
		 */
		public Markup writeTopics(Markup html) {
			html.tag("\n");
			for (TopicTexts topic : topics) {
				html.tag("\n<h3>").text(topic.heading()).tag("</h3>\n");
				if (!topic.withToolCosts()) {
					topic.writeTexts(html.tag("\n<dl class=\"compare-columns\">")).tag("</dl>\n\n\n");
				}
				else {
					html.tag("\n<dl class=\"compare-columns\">");
					for (int i = 0; i < topic.texts().size(); i++) {
						RoleText item = topic.texts().get(i);
						Role role = item.role();
						writeRoleTerm(html, role).tag("\n<p>")
							.tag(item.markup())
							.tag("</p>\n<table class=\"tool-costs\">\n<caption class=\"visually-hidden\">")
							.text("Core tools of the " + role.name() + " toolkit and how each is paid for")
							.tag("</caption>\n<thead>\n"
									+ "<tr><th scope=\"col\">Core tool</th><th scope=\"col\">Cost model</th></tr>\n"
									+ "</thead>\n\n<tbody>");
						html.tag(topic.toolCostRows().get(i)).tag("</tbody>\n</table>\n</dd>\n</div>");
					}
					html.tag("\n</dl>\n");
				}
			}
			return html.tag("\n");
		}

		/**
		 * What the pair adds to the section, as paragraphs, each with its footnote marker
		 * where it has a source. Written here rather than by a template fragment called
		 * in every section (bench/RESULTS.md, "Rendering, eighth round").
		 * @param citations the page's numbered sources
		 */
		public Markup writeNotes(Markup html, Citations citations) {
			if (notes.isEmpty()) {
				// The line breaks around a list of none, as the template printed them.
				return html.tag("\n\n");
			}
			html.tag("\n");
			for (int i = 0; i < notes.size(); i++) {
				RolePair.Note note = notes.get(i);
				html.tag("<p class=\"pair-note\">").tag(noteBodies.get(i));
				if (note.source() != null) {
					html.tag("<sup class=\"cite\">").tag(citations.marker(note.source())).tag("</sup>");
				}
				html.tag("</p>\n");
			}
			return html;
		}

	}

	/**
	 * Both roles' paragraphs on one topic, under the topic's heading.
	 *
	 * @param toolCostRows on the topic of tool costs, the rows of each role's table of
	 * its core tools and how each is paid for ({@link #writeToolCostRows}), in the order
	 * of the texts; empty on every other topic. Written once from the catalogue: the
	 * rows, with their evidence links, were some 3 % of a pair page (bench/RESULTS.md,
	 * "Rendering, seventeenth round").
	 */
	public record TopicTexts(Topic topic, List<RoleText> texts, List<String> toolCostRows) {

		public TopicTexts(Topic topic, List<RoleText> texts) {
			this(topic, texts, topic == Topic.TOOL_COSTS
					? texts.stream().map(text -> writeToolCostRows(new Markup(2048), text.role()).toString()).toList()
					: List.of());
		}

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
		public Markup writeTexts(Markup html) {
			for (RoleText item : texts) {
				writeRoleTerm(html, item.role()).tag(item.markup()).tag("</dd>\n</div>");
			}
			return html.tag("\n");
		}

	}

	/**
	 * What a pair page prints of the two roles' own lists, each written once when the
	 * pair's comparison is made, since it depends on the catalogue alone: on each request
	 * these were some ten loops over the roles' tools, skills, use cases and texts, every
	 * entry escaped again (bench/RESULTS.md, "Rendering, seventeenth round"). The pieces
	 * that carry a source's numbered marker are still written on each request.
	 *
	 * @param coreTools each role's core tools as the short answer names them
	 * ({@link PairComparison#coreToolsMarkup}), first role first
	 * @param choose which to choose ({@link PairComparison#chooseMarkup})
	 * @param useCases each role's concrete examples
	 * ({@link PairComparison#writeUseCases})
	 * @param deliverables what a hire of each role delivers
	 * ({@link PairComparison#writeDeliverables})
	 * @param overlapGroups the overlap's three groups
	 * ({@link PairComparison#writeOverlapGroups})
	 */
	public record Lists(List<String> coreTools, String choose, String useCases, String deliverables,
			String overlapGroups) {

		static Lists of(List<Role> roles, Overlap overlap) {
			return new Lists(roles.stream().map(PairComparison::writeCoreTools).toList(), writeChoose(roles),
					writeUseCases(new Markup(4096), roles).toString(),
					writeDeliverables(new Markup(1024), roles).toString(),
					writeOverlapGroups(new Markup(16 * 1024), overlap, roles.get(0), roles.get(1)).toString());
		}

	}

}
