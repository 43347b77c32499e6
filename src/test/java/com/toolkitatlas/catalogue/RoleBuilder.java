package com.toolkitatlas.catalogue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.toolkitatlas.catalogue.Items.CareerStep;
import com.toolkitatlas.catalogue.Items.Fact;
import com.toolkitatlas.catalogue.Items.UseCase;
import com.toolkitatlas.catalogue.Links.HiringCompany;
import com.toolkitatlas.catalogue.Links.RoleLanguage;
import com.toolkitatlas.catalogue.Links.RoleSkill;
import com.toolkitatlas.catalogue.Links.RoleTool;

/**
 * Builds a {@link Role} for tests, field by field, with a text for every topic unless
 * told otherwise. Skills, tools and languages are sorted as the catalogue loader sorts
 * them (core first, then by category and name), so a built role looks like a loaded one.
 * The one place in the tests that calls the record's constructor.
 */
public final class RoleBuilder {

	private final String slug;

	private final String name;

	private final String shortName;

	private final int displayOrder;

	private String headline;

	private String definitionNote;

	private final Map<Topic, String> texts = new EnumMap<>(Topic.class);

	private final Map<ListTopic, String> notes = new EnumMap<>(ListTopic.class);

	private final List<RoleSkill> skills = new ArrayList<>();

	private final List<RoleTool> tools = new ArrayList<>();

	private final List<RoleLanguage> languages = new ArrayList<>();

	private final List<String> workflows = new ArrayList<>();

	private final List<String> theory = new ArrayList<>();

	private final List<UseCase> useCases = new ArrayList<>();

	private final List<String> collaborators = new ArrayList<>();

	private final List<String> bestFor = new ArrayList<>();

	private final List<SalaryFigure> salaries = new ArrayList<>();

	private final List<HiringCompany> hiringCompanies = new ArrayList<>();

	private final List<CareerStep> careerSteps = new ArrayList<>();

	private final List<String> editorialAlternatives = new ArrayList<>();

	private Source editorialSource;

	private Source source = TestRoles.SOURCE;

	public RoleBuilder(String slug, String name, String shortName, int displayOrder) {
		this.slug = slug;
		this.name = name;
		this.shortName = shortName;
		this.displayOrder = displayOrder;
		this.headline = name + " in one line.";
		for (Topic topic : Topic.values()) {
			texts.put(topic, topic.label() + " of " + shortName + ".");
		}
	}

	/** A role whose name and short name are its slug. */
	public RoleBuilder(String slug, int displayOrder) {
		this(slug, slug, slug, displayOrder);
	}

	/** The source of the links added after this call. */
	public RoleBuilder citing(Source source) {
		this.source = source;
		return this;
	}

	public RoleBuilder headline(String headline) {
		this.headline = headline;
		return this;
	}

	public RoleBuilder definitionNote(String note) {
		this.definitionNote = note;
		return this;
	}

	public RoleBuilder text(Topic topic, String text) {
		texts.put(topic, text);
		return this;
	}

	public RoleBuilder note(ListTopic topic, String note) {
		notes.put(topic, note);
		return this;
	}

	public RoleBuilder skill(Skill skill, Importance importance) {
		skills.add(new RoleSkill(skill, importance, source));
		return this;
	}

	public RoleBuilder tool(Tool tool, Importance importance) {
		tools.add(new RoleTool(tool, importance, source));
		return this;
	}

	public RoleBuilder language(Language language, Importance importance) {
		languages.add(new RoleLanguage(language, importance, source));
		return this;
	}

	public RoleBuilder workflows(String... names) {
		workflows.addAll(List.of(names));
		return this;
	}

	public RoleBuilder theory(String... names) {
		theory.addAll(List.of(names));
		return this;
	}

	public RoleBuilder useCase(String title, String example) {
		useCases.add(new UseCase(title, example));
		return this;
	}

	public RoleBuilder collaborators(String... names) {
		collaborators.addAll(List.of(names));
		return this;
	}

	public RoleBuilder bestFor(String... lines) {
		bestFor.addAll(List.of(lines));
		return this;
	}

	public RoleBuilder salary(SalaryFigure figure) {
		salaries.add(figure);
		return this;
	}

	public RoleBuilder hiredBy(Company company) {
		hiringCompanies.add(new HiringCompany(company, source));
		return this;
	}

	public RoleBuilder careerSteps(String... titles) {
		for (String title : titles) {
			// Each step leads on from the one before it: a ladder without a split.
			careerSteps.add(new CareerStep(title, source, careerSteps.size()));
		}
		return this;
	}

	/** An editorial ranking of the other roles, by slug, as the source gives it. */
	public RoleBuilder editorialAlternatives(Source source, String... slugs) {
		editorialAlternatives.addAll(List.of(slugs));
		editorialSource = source;
		return this;
	}

	public Role build() {
		return new Role(slug, name, shortName, displayOrder, headline, "The summary of " + shortName + ".",
				"The focus of " + shortName, "What " + shortName + " is responsible for",
				"What " + shortName + " delivers", definitionNote, Collections.unmodifiableMap(new EnumMap<>(texts)),
				Collections.unmodifiableMap(new EnumMap<>(notes)),
				skills.stream()
					.sorted(Comparator.comparing(RoleSkill::importance)
						.thenComparingInt(link -> link.skill().category().position())
						.thenComparing(link -> link.skill().name()))
					.toList(),
				tools.stream()
					.sorted(Comparator.comparing(RoleTool::importance)
						.thenComparingInt(link -> link.tool().category().position())
						.thenComparing(link -> link.tool().name()))
					.toList(),
				languages.stream()
					.sorted(Comparator.comparing(RoleLanguage::importance)
						.thenComparing(link -> link.language().name()))
					.toList(),
				List.copyOf(workflows), List.copyOf(theory), List.copyOf(useCases), List.copyOf(collaborators),
				List.copyOf(bestFor), List.copyOf(salaries), List.copyOf(hiringCompanies), List.copyOf(careerSteps),
				List.<Fact>of(), List.copyOf(editorialAlternatives), editorialSource);
	}

}
