package com.toolkitatlas.role;

import java.util.List;
import java.util.stream.Stream;

import com.toolkitatlas.catalogue.Category;
import com.toolkitatlas.catalogue.Citations;
import com.toolkitatlas.catalogue.ComparisonSection;
import com.toolkitatlas.catalogue.Items;
import com.toolkitatlas.catalogue.Links;
import com.toolkitatlas.catalogue.Links.RoleSkill;
import com.toolkitatlas.catalogue.Links.RoleTool;
import com.toolkitatlas.catalogue.ListTopic;
import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.catalogue.RolePair;
import com.toolkitatlas.catalogue.Topic;
import com.toolkitatlas.salary.PayPicture;
import com.toolkitatlas.salary.RoleOccupation;
import com.toolkitatlas.salary.SalaryChart;
import com.toolkitatlas.salary.SharedOccupation;

/**
 * Everything the profile page of one role shows. The role's paragraphs are grouped as a
 * comparison groups them ({@link ComparisonSection}), each under its topic's heading.
 *
 * @param shared the role's occupations that also stand for other roles, with those
 */
public record RoleProfile(Role role, List<SkillGroup> skillGroups, List<ToolGroup> toolGroups, SalaryChart salaryChart,
		List<RolePair> pairs, List<RoleOccupation> occupations, PayPicture pay, List<SharedOccupation> shared) {

	/** Whether the headline pay figure stands for the role through a proxy occupation. */
	public boolean headlineIsProxy() {
		return role.headlineSalary().proxy();
	}

	/**
	 * The sources the page cites, numbered in reading order: the headline pay of the
	 * summary, every pay figure, then the facts on demand, the hiring companies and the
	 * career ladder.
	 */
	public Citations citations() {
		return Citations.of(Stream.of(Stream.of(role.headlineSalary().source()),
				role.salaries().stream().map(figure -> figure.source()), role.facts().stream().map(Items.Fact::source),
				role.hiringCompanies().stream().map(Links.HiringCompany::source),
				role.careerSteps().stream().map(Items.CareerStep::source))
			.flatMap(sources -> sources));
	}

	public List<TopicText> developerExperience() {
		return texts(ComparisonSection.DEVELOPER_EXPERIENCE);
	}

	public List<TopicText> performance() {
		return texts(ComparisonSection.PERFORMANCE);
	}

	public List<TopicText> costs() {
		return texts(ComparisonSection.COST);
	}

	/** Who the role is ideal for, its demand and the projects that need it. */
	public List<TopicText> demand() {
		return texts(ComparisonSection.VERDICT);
	}

	/** What the work involves. */
	public String work() {
		return role.text(Topic.RESPONSIBILITIES);
	}

	public String whyTheoryMatters() {
		return role.text(Topic.THEORY);
	}

	public String projects() {
		return role.text(Topic.PROJECTS);
	}

	public String ecosystem() {
		return role.text(Topic.ECOSYSTEM);
	}

	public String whenToHire() {
		return role.text(Topic.WHEN_TO_HIRE);
	}

	/** The caveat on the role's pay figures, or null. */
	public String salaryNote() {
		return role.note(ListTopic.SALARY);
	}

	/** The caveat on the hiring companies, or why there are none; null if neither. */
	public String hiringCompaniesNote() {
		return role.note(ListTopic.HIRING_COMPANIES);
	}

	/** The caveat on the career ladder, or why there is none; null if neither. */
	public String careerNote() {
		return role.note(ListTopic.CAREER_PROGRESSION);
	}

	private List<TopicText> texts(ComparisonSection section) {
		return section.topics().stream().map(topic -> new TopicText(topic, role.text(topic))).toList();
	}

	public record SkillGroup(Category category, List<RoleSkill> skills) {
	}

	public record ToolGroup(Category category, List<RoleTool> tools) {
	}

	/** The role's paragraph on one topic. */
	public record TopicText(Topic topic, String text) {

		public String heading() {
			return topic.label();
		}

	}
}
