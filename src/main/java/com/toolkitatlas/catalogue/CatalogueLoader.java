package com.toolkitatlas.catalogue;

import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.toolkitatlas.catalogue.Items.CareerStep;
import com.toolkitatlas.catalogue.Items.Fact;
import com.toolkitatlas.catalogue.Items.UseCase;
import com.toolkitatlas.catalogue.Links.HiringCompany;
import com.toolkitatlas.catalogue.Links.RoleLanguage;
import com.toolkitatlas.catalogue.Links.RoleSkill;
import com.toolkitatlas.catalogue.Links.RoleTool;
import com.toolkitatlas.catalogue.jpa.CatalogueRepositories;
import com.toolkitatlas.catalogue.jpa.RoleEntity;
import com.toolkitatlas.catalogue.jpa.RoleItemRows;
import com.toolkitatlas.catalogue.jpa.RolePairEntity;
import com.toolkitatlas.catalogue.jpa.TaxonEntity;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the catalogue tables once, through JPA, and turns them into the immutable
 * {@link Catalogue}. Each table is read by one query (role collections by one sub-select
 * each), never once per role. A slug or topic the code does not know fails start-up, so a
 * broken migration cannot go live.
 */
@Component
public class CatalogueLoader {

	private final CatalogueRepositories.Sources sources;

	private final CatalogueRepositories.SkillCategories skillCategories;

	private final CatalogueRepositories.ToolCategories toolCategories;

	private final CatalogueRepositories.CostModels costModels;

	private final CatalogueRepositories.Skills skills;

	private final CatalogueRepositories.Tools tools;

	private final CatalogueRepositories.Languages languages;

	private final CatalogueRepositories.Companies companies;

	private final CatalogueRepositories.Roles roles;

	private final CatalogueRepositories.RolePairs pairs;

	public CatalogueLoader(CatalogueRepositories.Sources sources, CatalogueRepositories.SkillCategories skillCategories,
			CatalogueRepositories.ToolCategories toolCategories, CatalogueRepositories.CostModels costModels,
			CatalogueRepositories.Skills skills, CatalogueRepositories.Tools tools,
			CatalogueRepositories.Languages languages, CatalogueRepositories.Companies companies,
			CatalogueRepositories.Roles roles, CatalogueRepositories.RolePairs pairs) {
		this.sources = sources;
		this.skillCategories = skillCategories;
		this.toolCategories = toolCategories;
		this.costModels = costModels;
		this.skills = skills;
		this.tools = tools;
		this.languages = languages;
		this.companies = companies;
		this.roles = roles;
		this.pairs = pairs;
	}

	@Transactional(readOnly = true)
	public Catalogue load() {
		Map<String, Source> sourceByCode = byKey(sources.findAll(Sort.by("code"))
			.stream()
			.map(s -> new Source(s.getCode(), "SEED".equals(s.getKind()), s.getTitle(), s.getUrl(), s.getPublished(),
					s.getMeasured(), s.getConfidence()))
			.sorted(Comparator.comparing((Source s) -> !s.seed()).thenComparingInt(CatalogueLoader::codeNumber))
			.toList(), Source::code);
		Map<String, Category> skillCategoryBySlug = byKey(categories(skillCategories.findAll()), Category::slug);
		Map<String, Category> toolCategoryBySlug = byKey(categories(toolCategories.findAll()), Category::slug);
		Map<String, CostModel> costModelBySlug = byKey(costModels.findAll(Sort.by("position"))
			.stream()
			.map(c -> new CostModel(c.getSlug(), c.getLabel(), c.getDescription()))
			.toList(), CostModel::slug);
		Map<String, Skill> skillBySlug = byKey(skills.findAll(Sort.by("name"))
			.stream()
			.map(s -> new Skill(s.getSlug(), s.getName(), get(skillCategoryBySlug, s.getCategory())))
			.toList(), Skill::slug);
		Map<String, Tool> toolBySlug = byKey(tools.findAll(Sort.by("name"))
			.stream()
			.map(t -> new Tool(t.getSlug(), t.getName(), get(toolCategoryBySlug, t.getCategory()),
					t.getCostModel() == null ? null
							: new Tool.ToolCost(get(costModelBySlug, t.getCostModel()), t.getCostNote(),
									t.getCostEvidence(), t.getCostChecked())))
			.toList(), Tool::slug);
		Map<String, Language> languageBySlug = byKey(
				languages.findAll(Sort.by("name")).stream().map(l -> new Language(l.getSlug(), l.getName())).toList(),
				Language::slug);
		Map<String, Company> companyBySlug = byKey(
				companies.findAll(Sort.by("name")).stream().map(c -> new Company(c.getSlug(), c.getName())).toList(),
				Company::slug);

		Vocabulary vocabulary = new Vocabulary(sourceByCode, skillBySlug, toolBySlug, languageBySlug, companyBySlug);
		Map<String, Role> roleBySlug = byKey(
				roles.findAll(Sort.by("displayOrder")).stream().map(vocabulary::role).toList(), Role::slug);
		List<RolePair> rolePairs = pairs.findAll()
			.stream()
			.map(pair -> rolePair(pair, roleBySlug, sourceByCode))
			.sorted(Comparator.comparingInt((RolePair p) -> p.first().displayOrder())
				.thenComparingInt(p -> p.second().displayOrder()))
			.toList();

		return new Catalogue(List.copyOf(roleBySlug.values()), List.copyOf(skillBySlug.values()),
				List.copyOf(toolBySlug.values()), List.copyOf(languageBySlug.values()),
				List.copyOf(sourceByCode.values()), List.copyOf(skillCategoryBySlug.values()),
				List.copyOf(toolCategoryBySlug.values()), List.copyOf(costModelBySlug.values()), rolePairs);
	}

	private static int codeNumber(Source source) {
		return Integer.parseInt(source.code().substring(1));
	}

	private static List<Category> categories(List<? extends TaxonEntity> rows) {
		return rows.stream()
			.map(c -> new Category(c.getSlug(), c.getLabel(), c.getPosition()))
			.sorted(Comparator.comparingInt(Category::position))
			.toList();
	}

	private static RolePair rolePair(RolePairEntity pair, Map<String, Role> roleBySlug,
			Map<String, Source> sourceByCode) {
		List<RolePair.Note> notes = pair.getNotes()
			.stream()
			.map(n -> new RolePair.Note(
					constant(ComparisonSection.class, n.section(),
							"a note on " + pair.getKey().first() + " vs " + pair.getKey().second()),
					n.body(), n.source() == null ? null : get(sourceByCode, n.source())))
			.toList();
		return new RolePair(get(roleBySlug, pair.getKey().first()), get(roleBySlug, pair.getKey().second()),
				pair.getDifference(), notes);
	}

	private static <T> Map<String, T> byKey(List<T> items, Function<T, String> key) {
		return items.stream()
			.collect(Collectors.toMap(key, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
	}

	static <T> T get(Map<String, T> map, String key) {
		T value = map.get(key);
		if (value == null) {
			throw new IllegalStateException("The catalogue refers to an unknown key: " + key);
		}
		return value;
	}

	/**
	 * The constant of a closed vocabulary that a row names; a name the code does not know
	 * fails start-up with what named it, rather than hiding the row.
	 */
	static <E extends Enum<E>> E constant(Class<E> type, String name, String namedBy) {
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(name)) {
				return constant;
			}
		}
		throw new IllegalStateException(namedBy + " names " + type.getSimpleName() + " " + name
				+ ", which is not one of " + Arrays.toString(type.getEnumConstants()));
	}

	/** The shared entries a role refers to by slug or code. */
	private record Vocabulary(Map<String, Source> sources, Map<String, Skill> skills, Map<String, Tool> tools,
			Map<String, Language> languages, Map<String, Company> companies) {

		Role role(RoleEntity r) {
			return new Role(r.getSlug(), r.getName(), r.getShortName(), r.getDisplayOrder(), r.getHeadline(),
					r.getSummary(), r.getPrimaryFocus(), r.getKeyResponsibility(), r.getTypicalDeliverable(),
					r.getDefinitionNote(), texts(r), enumKeys(r.getNotes(), ListTopic.class, r.getSlug()),
					r.getSkills()
						.stream()
						.map(l -> new RoleSkill(get(skills, l.slug()),
								constant(Importance.class, l.importance(), r.getSlug()), get(sources, l.source())))
						.sorted(Comparator.comparing(RoleSkill::importance)
							.thenComparingInt(l -> l.skill().category().position())
							.thenComparing(l -> l.skill().name()))
						.toList(),
					r.getTools()
						.stream()
						.map(l -> new RoleTool(get(tools, l.slug()),
								constant(Importance.class, l.importance(), r.getSlug()), get(sources, l.source())))
						.sorted(Comparator.comparing(RoleTool::importance)
							.thenComparingInt(l -> l.tool().category().position())
							.thenComparing(l -> l.tool().name()))
						.toList(),
					r.getLanguages()
						.stream()
						.map(l -> new RoleLanguage(get(languages, l.slug()),
								constant(Importance.class, l.importance(), r.getSlug()), get(sources, l.source())))
						.sorted(Comparator.comparing(RoleLanguage::importance).thenComparing(l -> l.language().name()))
						.toList(),
					List.copyOf(r.getWorkflows()), List.copyOf(r.getTheory()),
					r.getUseCases().stream().map(u -> new UseCase(u.title(), u.example())).toList(),
					List.copyOf(r.getCollaborators()), List.copyOf(r.getBestFor()),
					r.getSalaryFigures().stream().map(this::salary).toList(),
					r.getCompanies()
						.stream()
						.map(c -> new HiringCompany(get(companies, c.slug()), get(sources, c.source())))
						.toList(),
					careerSteps(r.getCareerSteps()),
					r.getFacts().stream().map(f -> new Fact(f.topic(), f.text(), get(sources, f.source()))).toList(),
					r.getEditorialAlternatives().stream().map(a -> a.slug()).toList(),
					r.getEditorialAlternatives().stream().findFirst().map(a -> get(sources, a.source())).orElse(null));
		}

		/** A step without a step it follows leads on from the step just before it. */
		private List<CareerStep> careerSteps(List<RoleItemRows.CareerStep> rows) {
			return IntStream.range(0, rows.size()).mapToObj(i -> {
				RoleItemRows.CareerStep row = rows.get(i);
				return new CareerStep(row.title(), get(sources, row.source()),
						row.follows() != null ? row.follows() : i);
			}).toList();
		}

		private SalaryFigure salary(RoleItemRows.SalaryFigure s) {
			SalaryFigure figure = new SalaryFigure(SalaryBasis.valueOf(s.basis()), s.amountUsd(), s.lowUsd(),
					s.highUsd(), s.rangeLabel(), s.region(), s.period(), s.label(), s.note(), s.headline(),
					get(sources, s.source()), s.periodValue(), s.socCode(), s.proxy());
			figure.dated(); // a malformed period fails start-up, not a page
			return figure;
		}

		/**
		 * The role's paragraph on every topic: comparisons, alternatives and the
		 * how-to-pick guide show every one, so a role without one fails start-up.
		 */
		private static Map<Topic, String> texts(RoleEntity r) {
			Map<Topic, String> texts = enumKeys(r.getTexts(), Topic.class, r.getSlug());
			List<Topic> missing = Arrays.stream(Topic.values()).filter(t -> !texts.containsKey(t)).toList();
			if (!missing.isEmpty()) {
				throw new IllegalStateException("Role " + r.getSlug() + " has no text on " + missing);
			}
			return texts;
		}

		private static <E extends Enum<E>> Map<E, String> enumKeys(Map<String, String> texts, Class<E> type,
				String role) {
			Map<E, String> result = new EnumMap<>(type);
			texts.forEach((key, value) -> result.put(constant(type, key, "Role " + role), value));
			return Collections.unmodifiableMap(result);
		}
	}

}
