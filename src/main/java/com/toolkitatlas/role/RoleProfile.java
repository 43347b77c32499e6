package com.toolkitatlas.role;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import com.toolkitatlas.catalogue.Category;
import com.toolkitatlas.catalogue.Citations;
import com.toolkitatlas.catalogue.ComparisonSection;
import com.toolkitatlas.catalogue.Importance;
import com.toolkitatlas.catalogue.Items;
import com.toolkitatlas.catalogue.Links.RoleLanguage;
import com.toolkitatlas.catalogue.Links.RoleSkill;
import com.toolkitatlas.catalogue.Links.RoleTool;
import com.toolkitatlas.catalogue.Links;
import com.toolkitatlas.catalogue.ListTopic;
import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.catalogue.RolePair;
import com.toolkitatlas.catalogue.Tool;
import com.toolkitatlas.catalogue.Topic;
import com.toolkitatlas.html.Markup;
import com.toolkitatlas.salary.PayPicture;
import com.toolkitatlas.salary.RoleOccupation;
import com.toolkitatlas.salary.SalaryChart;
import com.toolkitatlas.salary.SharedOccupation;

/**
 * Everything the profile page of one role shows, and the writers of its parts, which
 * {@link ProfilePage} calls once for each role. The role's paragraphs are grouped as a
 * comparison groups them ({@link ComparisonSection}), each under its topic's heading.
 *
 * @param shared the role's occupations that also stand for other roles, with those
 */
public record RoleProfile(Role role, List<SkillGroup> skillGroups, List<ToolGroup> toolGroups, SalaryChart salaryChart,
		List<RolePair> pairs, List<RoleOccupation> occupations, PayPicture pay, List<SharedOccupation> shared) {

	/** The pay and job outlook sections as the page prints them. */
	PaySection paySection() {
		return new PaySection(role, occupations, pay, shared);
	}

	/**
	 * The comparisons and the switch pages, as the page prints them.
	 */
	PairLinks pairLinks() {
		return new PairLinks(role, pairs);
	}

	/**
	 * The sources the page cites, numbered in reading order: the headline pay of the
	 * summary, every pay figure, then the facts on demand, the hiring companies and the
	 * career ladder.
	 */
	Citations citations() {
		return Citations.of(Stream.of(Stream.of(role.headlineSalary().source()),
				role.salaries().stream().map(figure -> figure.source()), role.facts().stream().map(Items.Fact::source),
				role.hiringCompanies().stream().map(Links.HiringCompany::source),
				role.careerSteps().stream().map(Items.CareerStep::source))
			.flatMap(sources -> sources));
	}

	List<TopicText> developerExperience() {
		return texts(ComparisonSection.DEVELOPER_EXPERIENCE);
	}

	List<TopicText> performance() {
		return texts(ComparisonSection.PERFORMANCE);
	}

	List<TopicText> costs() {
		return texts(ComparisonSection.COST);
	}

	/** Who the role is ideal for, its demand and the projects that need it. */
	List<TopicText> demand() {
		return texts(ComparisonSection.VERDICT);
	}

	/** What the work involves. */
	String work() {
		return role.text(Topic.RESPONSIBILITIES);
	}

	String whyTheoryMatters() {
		return role.text(Topic.THEORY);
	}

	String projects() {
		return role.text(Topic.PROJECTS);
	}

	String ecosystem() {
		return role.text(Topic.ECOSYSTEM);
	}

	String whenToHire() {
		return role.text(Topic.WHEN_TO_HIRE);
	}

	/** The caveat on the role's pay figures, or null. */
	String salaryNote() {
		return role.note(ListTopic.SALARY);
	}

	/** The caveat on the hiring companies, or why there are none; null if neither. */
	String hiringCompaniesNote() {
		return role.note(ListTopic.HIRING_COMPANIES);
	}

	/** The caveat on the career ladder, or why there is none; null if neither. */
	String careerNote() {
		return role.note(ListTopic.CAREER_PROGRESSION);
	}

	private List<TopicText> texts(ComparisonSection section) {
		List<Topic> topics = section.topics();
		List<TopicText> texts = new ArrayList<>(topics.size());
		for (Topic topic : topics) {
			texts.add(new TopicText(topic, role.text(topic)));
		}
		return texts;
	}

	/** The role's languages as the page's tags print them. */
	List<Tag> languageTags() {
		return role.languages()
			.stream()
			.map(link -> Tag.of("/roles?language=" + link.language().slug(), link.language().name(), link.importance()))
			.toList();
	}

	/**
	 * The language tags as the page's list prints them; each link says, for a screen
	 * reader, that it is a language.
	 */
	String languageTagsMarkup() {
		return Tag.markup(languageTags(), "<span class=\"visually-hidden\"> (language)</span>");
	}

	/**
	 * The rows of the tools table, every group's in turn, as the page prints them. The
	 * profile's longest list (some thirty rows of four cells): written here, where it
	 * costs a few microseconds, rather than by Thymeleaf, whose work per processed
	 * element was most of the page's cost (bench/RESULTS.md, "Rendering, fourth round").
	 */
	String toolRowsMarkup() {
		Markup html = new Markup(4096);
		for (ToolGroup group : toolGroups) {
			for (ToolRow row : group.rows()) {
				row.writeTo(html);
			}
		}
		return html.tag("\n").toString();
	}

	/**
	 * The skill groups as the page prints them: a section per category, its heading, then
	 * its tags ({@link SkillGroup#tagsMarkup}). This method and the ones below write what
	 * the template's loops wrote, once for each role ({@link ProfilePage}): Thymeleaf's
	 * work on each iteration (its variables kept as request attributes, each element's
	 * processors) was most of the profile's cost (bench/RESULTS.md, "Rendering, eleventh
	 * round").
	 */
	String skillGroupsMarkup() {
		Markup html = new Markup(4096).tag("\n");
		for (int i = 0; i < skillGroups.size(); i++) {
			SkillGroup group = skillGroups.get(i);
			String id = "skills-" + group.category().slug();
			html.tag(i == 0 ? "<section class=\"group\"" : "\n<section class=\"group\"")
				.attribute("aria-labelledby", id)
				.tag(">\n<h3")
				.attribute("id", id)
				.tag(">")
				.text(group.category().label())
				.tag("</h3>\n\n<ul class=\"tags\">")
				.tag(group.tagsMarkup())
				.tag("</ul>\n</section>");
		}
		return html.tag("\n").toString();
	}

	/** The core skills, each linked to its page, separated by commas. */
	String coreSkillsMarkup() {
		Markup html = new Markup(1024);
		for (RoleSkill link : role.skills()) {
			if (link.core()) {
				writeLink(html, "/skills/" + link.skill().slug(), link.skill().name());
			}
		}
		return html.toString();
	}

	/** The core tools, each linked to its page, separated by commas. */
	String coreToolsMarkup() {
		Markup html = new Markup(1024);
		for (RoleTool link : role.tools()) {
			if (link.core()) {
				writeLink(html, "/tools/" + link.tool().slug(), link.tool().name());
			}
		}
		return html.toString();
	}

	/** The core languages, each linked to the roles that use it, separated by commas. */
	String coreLanguagesMarkup() {
		Markup html = new Markup(256);
		for (RoleLanguage link : role.languages()) {
			if (link.core()) {
				writeLink(html, "/roles?language=" + link.language().slug(), link.language().name());
			}
		}
		return html.toString();
	}

	private static void writeLink(Markup html, String href, String name) {
		if (html.length() > 0) {
			html.tag(", ");
		}
		html.link(href, name);
	}

	/** Texts as the items of a list, one a line. */
	String itemsMarkup(List<String> items) {
		Markup html = new Markup(128 * items.size() + 16).tag("\n");
		for (String item : items) {
			html.tag("<li>").text(item).tag("</li>\n");
		}
		return html.toString();
	}

	/** The hiring companies' names as the items of a list, one a line. */
	String hiringCompaniesMarkup() {
		List<Links.HiringCompany> companies = role.hiringCompanies();
		Markup html = new Markup(48 * companies.size() + 16).tag("\n");
		for (Links.HiringCompany hiring : companies) {
			html.tag("<li>").text(hiring.company().name()).tag("</li>\n");
		}
		return html.toString();
	}

	/**
	 * The paragraphs on some topics as the entries of a description list, each headed by
	 * its topic.
	 */
	String topicsMarkup(List<TopicText> topics) {
		Markup html = new Markup(1024 * topics.size()).tag("\n");
		for (TopicText topic : topics) {
			html.tag("<div><dt>").text(topic.heading()).tag("</dt><dd>").text(topic.text()).tag("</dd></div>\n");
		}
		return html.toString();
	}

	/** The use cases: each one's title, and its example where the catalogue has one. */
	String useCasesMarkup() {
		List<Items.UseCase> useCases = role.useCases();
		Markup html = new Markup(256 * useCases.size() + 16).tag("\n");
		for (int i = 0; i < useCases.size(); i++) {
			Items.UseCase useCase = useCases.get(i);
			html.tag(i == 0 ? "<div>\n<dt>" : "\n<div>\n<dt>").text(useCase.title()).tag("</dt>\n");
			if (useCase.example() != null) {
				html.tag("<dd>").text(useCase.example()).tag("</dd>");
			}
			html.tag("\n</div>");
		}
		return html.tag("\n").toString();
	}

	/**
	 * The facts on demand, each followed by the marker of its source.
	 * @param citations the page's numbered sources
	 */
	String factsMarkup(Citations citations) {
		List<Items.Fact> facts = role.facts();
		Markup html = new Markup(512 * facts.size() + 16).tag("\n");
		for (int i = 0; i < facts.size(); i++) {
			Items.Fact fact = facts.get(i);
			html.tag(i == 0 ? "<li>\n" : "\n<li>\n")
				.text(fact.text())
				.tag("<sup class=\"cite\">")
				.tag(citations.marker(fact.source()))
				.tag("</sup>\n</li>");
		}
		return html.tag("\n").toString();
	}

	/**
	 * The career ladder as a path: a rung a level, its steps side by side, and where the
	 * road splits, after which step.
	 */
	String careerLadderMarkup() {
		List<Items.CareerRung> ladder = role.careerLadder();
		Markup html = new Markup(256 * ladder.size() + 16).tag("\n");
		for (int i = 0; i < ladder.size(); i++) {
			Items.CareerRung rung = ladder.get(i);
			if (i > 0) {
				html.tag("\n");
			}
			if (rung.split()) {
				html.tag("<li class=\"ladder__rung ladder__rung--split\">\n<span class=\"ladder__fork\">")
					.text("After " + rung.from().title() + ", the road splits:")
					.tag("</span>");
			}
			else {
				html.tag("<li class=\"ladder__rung\">\n");
			}
			html.tag("\n<ul class=\"ladder__steps\">\n");
			List<Items.CareerStep> steps = rung.steps();
			for (int j = 0; j < steps.size(); j++) {
				html.tag(j == 0 ? "<li class=\"ladder__step\">" : "\n<li class=\"ladder__step\">")
					.text(steps.get(j).title())
					.tag("</li>");
			}
			html.tag("\n</ul>\n</li>");
		}
		return html.tag("\n").toString();
	}

	public record SkillGroup(Category category, List<RoleSkill> skills) {

		/** The group's skills as the page's tags print them. */
		public List<Tag> tags() {
			return skills.stream()
				.map(link -> Tag.of("/skills/" + link.skill().slug(), link.skill().name(), link.importance()))
				.toList();
		}

		/** The group's tags as the page's list prints them. */
		public String tagsMarkup() {
			return Tag.markup(tags(), "");
		}

	}

	public record ToolGroup(Category category, List<RoleTool> tools) {

		/** The group's tools as the rows of the page's table print them. */
		public List<ToolRow> rows() {
			return tools.stream().map(link -> ToolRow.of(link, category)).toList();
		}

	}

	/**
	 * A skill or language as a tag prints it: its link, and how central it is to the
	 * role. The template is handed what it prints (rendering is most of an uncached
	 * page's cost, and each expression it works out costs more there than here).
	 *
	 * @param cssClass the tag's class: core items stand out
	 * @param importance "(core)" or "(secondary)"
	 */
	public record Tag(String href, String name, String cssClass, String importance) {

		static Tag of(String href, String name, Importance importance) {
			return new Tag(href, name, importance == Importance.CORE ? "tag--core" : null,
					"(" + importance.label().toLowerCase(Locale.ROOT) + ")");
		}

		/**
		 * The tags as list items: the linked name (followed by {@code afterName}, the
		 * site's own markup, inside the link), then how central it is.
		 */
		static String markup(List<Tag> tags, String afterName) {
			Markup html = new Markup(2048);
			for (Tag tag : tags) {
				html.tag((tag.cssClass == null) ? "\n<li>" : "\n<li class=\"" + tag.cssClass + "\">")
					.tag("\n<a")
					.attribute("href", tag.href)
					.tag(">")
					.text(tag.name)
					.tag(afterName)
					.tag("</a><span class=\"tag__importance\">")
					.text(tag.importance)
					.tag("</span>\n</li>");
			}
			return html.tag("\n").toString();
		}

	}

	/**
	 * One row of the tools table, as it prints.
	 *
	 * @param costHref the licence or pricing page that shows the cost model, or null when
	 * the catalogue has not checked it
	 */
	public record ToolRow(String href, String name, String category, String importance, String costHref,
			String costLabel) {

		static ToolRow of(RoleTool link, Category category) {
			Tool tool = link.tool();
			return new ToolRow("/tools/" + tool.slug(), tool.name(), category.label(), link.importance().label(),
					tool.costChecked() ? tool.cost().evidenceLinks().get(0) : null,
					tool.costChecked() ? tool.cost().model().label() : null);
		}

		void writeTo(Markup html) {
			html.tag("\n<tr>\n<th scope=\"row\">")
				.link(href, name)
				.tag("</th>\n<td>")
				.text(category)
				.tag("</td>\n<td>")
				.text(importance)
				.tag("</td>\n<td>\n");
			if (costHref != null) {
				html.tag("<a").attribute("href", costHref).tag(" rel=\"nofollow\">").text(costLabel).tag("</a>");
			}
			else {
				html.tag("<span class=\"muted\">Not checked yet</span>");
			}
			html.tag("\n</td>\n</tr>");
		}

	}

	/** The role's paragraph on one topic. */
	public record TopicText(Topic topic, String text) {

		public String heading() {
			return topic.label();
		}

	}
}
