package com.toolkitatlas.filter;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import com.toolkitatlas.catalogue.Catalogue;
import com.toolkitatlas.catalogue.Category;
import com.toolkitatlas.catalogue.Importance;
import com.toolkitatlas.catalogue.Items.UseCase;
import com.toolkitatlas.catalogue.Language;
import com.toolkitatlas.catalogue.Links.RoleLanguage;
import com.toolkitatlas.catalogue.Links.RoleSkill;
import com.toolkitatlas.catalogue.Links.RoleTool;
import com.toolkitatlas.catalogue.Role;
import com.toolkitatlas.catalogue.Skill;
import com.toolkitatlas.catalogue.Tool;
import com.toolkitatlas.role.RoleTable;
import com.toolkitatlas.salary.Occupations;
import com.toolkitatlas.salary.RoleOccupation;

import org.springframework.stereotype.Service;

/**
 * Filters and searches the roles of the in-memory catalogue. Every filter narrows: a role
 * must have all chosen skills, tools and languages, reach the minimum salary and match
 * every search term. The count next to an option is the number of current results that
 * have it, which is exactly what adding it would leave. The results come best match
 * first, or sorted by a figure of each role's official occupation.
 */
@Service
public class RoleFilterService {

	private final Catalogue catalogue;

	private final Synonyms synonyms;

	private final RoleFilterParser parser;

	private final Occupations occupations;

	/**
	 * The search without a filter, in each order: it depends on the catalogue alone,
	 * which is loaded at start-up and only changes with a restart, and ranking and
	 * counting it on every request was a tenth of an uncached {@code /roles}
	 * (bench/RESULTS.md, "Rendering, fifth round"). Worked out on first use, so that a
	 * context that never searches never pays for it.
	 */
	private final Map<RoleOrder, RoleSearch> unfiltered = new ConcurrentHashMap<>();

	/**
	 * The skills and the tools by category, in the filter's order: like
	 * {@link #unfiltered}, they depend on the catalogue alone, and grouping them again on
	 * every request was a twentieth of a filtered roles page (bench/RESULTS.md,
	 * "Rendering, ninth round"). Worked out once, when the service is made.
	 */
	private final Map<Category, List<Skill>> skillsByCategory;

	private final Map<Category, List<Tool>> toolsByCategory;

	/**
	 * Each skill's, tool's and language's option of the filter written, by slug
	 * ({@link Facet.Written}): they depend on the catalogue alone, like
	 * {@link #skillsByCategory}.
	 */
	private final Map<String, Facet.Written> skillOptions;

	private final Map<String, Facet.Written> toolOptions;

	private final Map<String, Facet.Written> languageOptions;

	/**
	 * The roles in the catalogue's order, each with the texts the search looks in,
	 * folded.
	 */
	private final List<SearchableRole> searchable;

	public RoleFilterService(Catalogue catalogue, Synonyms synonyms, RoleFilterParser parser, Occupations occupations) {
		this.catalogue = catalogue;
		this.synonyms = synonyms;
		this.parser = parser;
		this.occupations = occupations;
		this.skillsByCategory = Collections
			.unmodifiableMap(Category.group(catalogue.skillCategories(), catalogue.skills(), Skill::category));
		this.toolsByCategory = Collections
			.unmodifiableMap(Category.group(catalogue.toolCategories(), catalogue.tools(), Tool::category));
		this.skillOptions = written(catalogue.skills(), Skill::slug, Skill::name);
		this.toolOptions = written(catalogue.tools(), Tool::slug, Tool::name);
		this.languageOptions = written(catalogue.languages(), Language::slug, Language::name);
		this.searchable = catalogue.roles().stream().map(SearchableRole::of).toList();
	}

	private static <T> Map<String, Facet.Written> written(List<T> entries, Function<T, String> slug,
			Function<T, String> name) {
		Map<String, Facet.Written> written = new HashMap<>();
		for (T entry : entries) {
			written.put(slug.apply(entry), Facet.Written.of(slug.apply(entry), name.apply(entry)));
		}
		return Map.copyOf(written);
	}

	/**
	 * The roles page for these parameters; an {@link InvalidFilterException} if they
	 * cannot be understood.
	 */
	public RoleFilterPage page(FilterRequest request) {
		return new RoleFilterPage(search(request), synonyms.listMarkup());
	}

	/** The search as the JSON API returns it. */
	public RoleSearchResource resource(FilterRequest request) {
		return RoleSearchResource.of(search(request));
	}

	/** The roles this filter keeps, as CSV for a spreadsheet. */
	public String csv(FilterRequest request) {
		return RoleTable.csv(search(request).results().stream().map(RoleResult::role).toList());
	}

	public RoleSearch search(FilterRequest request) {
		return search(parser.parse(request));
	}

	public RoleSearch search(RoleFilter filter) {
		if (filter.isEmpty()) {
			return unfiltered.computeIfAbsent(filter.order(), order -> searchOf(filter));
		}
		return searchOf(filter);
	}

	private RoleSearch searchOf(RoleFilter filter) {
		List<SearchableRole> matching = matching(filter);
		String searched = FoldedText.fold(filter.query().text()).strip();
		List<RoleResult> results = sorted(filter.order(),
				matching.stream()
					.map(role -> new Ranked(result(filter, role), namesTheRole(searched, role)))
					.sorted(Comparator.comparing((Ranked ranked) -> !ranked.namesTheRole())
						.thenComparing(ranked -> !ranked.result().name().marked())
						.thenComparingLong(ranked -> -coreCount(ranked.result(), true))
						.thenComparingLong(ranked -> -coreCount(ranked.result(), false))
						.thenComparingInt(ranked -> ranked.result().role().displayOrder()))
					.map(Ranked::result)
					.toList());
		List<RoleSearch.AppliedFilter> applied = filter.removals()
			.stream()
			.map(removal -> new RoleSearch.AppliedFilter(removal.kind(), removal.value(), removal.remaining().href(),
					matching(removal.remaining()).size()))
			.toList();
		// A role the filter keeps matches every term: only without one can a term have
		// found nothing.
		List<String> unmatched = matching.isEmpty() ? filter.query()
			.terms()
			.stream()
			.filter(term -> searchable.stream().noneMatch(term::findsIn))
			.map(SearchTerm::words)
			.toList() : List.of();
		return new RoleSearch(filter, results, facets(filter, matching.stream().map(SearchableRole::role).toList()),
				applied, unmatched);
	}

	/**
	 * A result, and whether the whole search is the role's name, which ranks it first.
	 */
	private record Ranked(RoleResult result, boolean namesTheRole) {
	}

	/**
	 * The results in the order chosen: by the figure of each role's main occupation,
	 * largest first and those without it last. The sort is stable, so roles with equal
	 * figures (those sharing an occupation) keep the site's order they come in.
	 */
	List<RoleResult> sorted(RoleOrder order, List<RoleResult> bySite) {
		if (order.bySite()) {
			return bySite;
		}
		return bySite.stream()
			.map(result -> result.sortedBy(sortFigure(order, result.role())))
			.sorted(Comparator.comparing(RoleResult::sortFigure, SortFigure.LARGEST_FIRST))
			.toList();
	}

	private SortFigure sortFigure(RoleOrder order, Role role) {
		RoleOccupation main = occupations.main(role);
		return new SortFigure(order, main, main.occupation().figure(order.measure()).orElse(null));
	}

	/**
	 * Whether the whole search, folded (case and accents aside), is the role's name or
	 * its short name, as "data scientist" names the Data Scientist.
	 */
	private static boolean namesTheRole(String searched, SearchableRole role) {
		return !searched.isEmpty() && (searched.equals(role.foldedName()) || searched.equals(role.foldedShortName()));
	}

	private List<SearchableRole> matching(RoleFilter filter) {
		return searchable.stream().filter(filter::admits).toList();
	}

	/**
	 * After roles whose name the search names, roles for which what was asked is core
	 * come first: chosen options, then what the search found.
	 */
	private static long coreCount(RoleResult result, boolean chosen) {
		return result.reasons().stream().filter(reason -> reason.chosen() == chosen && reason.core()).count();
	}

	private List<Facet> facets(RoleFilter filter, List<Role> matching) {
		Map<String, Integer> skillUses = uses(matching, Role::skills, link -> link.skill().slug());
		Map<String, Integer> toolUses = uses(matching, Role::tools, link -> link.tool().slug());
		Map<String, Integer> languageUses = uses(matching, Role::languages, link -> link.language().slug());
		return List.of(
				new Facet("skill", "Skills",
						groups(skillsByCategory,
								skill -> option(skill.slug(), skill.name(), filter.skills().contains(skill), skillUses,
										skillOptions))),
				new Facet("tool", "Tools",
						groups(toolsByCategory,
								tool -> option(tool.slug(), tool.name(), filter.tools().contains(tool), toolUses,
										toolOptions))),
				new Facet("language", "Languages",
						List.of(new Facet.Group(null,
								catalogue.languages()
									.stream()
									.map(language -> option(language.slug(), language.name(),
											filter.languages().contains(language), languageUses, languageOptions))
									.toList()))));
	}

	/**
	 * How many of the roles use each skill, tool or language, by slug: one pass over the
	 * roles' links. Searching every role's links for every option of the filter was a
	 * tenth of an uncached roles page (bench/RESULTS.md, "Rendering, fourth round"). A
	 * role counts once for each slug, however many links name it.
	 */
	private static <L> Map<String, Integer> uses(List<Role> roles, Function<Role, List<L>> links,
			Function<L, String> slug) {
		Map<String, Integer> uses = new HashMap<>();
		Set<String> counted = new HashSet<>();
		for (Role role : roles) {
			counted.clear();
			for (L link : links.apply(role)) {
				String linked = slug.apply(link);
				if (counted.add(linked)) {
					uses.merge(linked, 1, Integer::sum);
				}
			}
		}
		return uses;
	}

	private static <T> List<Facet.Group> groups(Map<Category, List<T>> byCategory, Function<T, Facet.Option> option) {
		List<Facet.Group> groups = new ArrayList<>(byCategory.size());
		byCategory.forEach((category, entries) -> {
			List<Facet.Option> options = new ArrayList<>(entries.size());
			entries.forEach(entry -> options.add(option.apply(entry)));
			groups.add(new Facet.Group(category.label(), options));
		});
		return groups;
	}

	private static Facet.Option option(String slug, String name, boolean selected, Map<String, Integer> uses,
			Map<String, Facet.Written> written) {
		return new Facet.Option(slug, name, uses.getOrDefault(slug, 0), selected, written.get(slug));
	}

	private static RoleResult result(RoleFilter filter, SearchableRole searchable) {
		SearchQuery query = filter.query();
		Role role = searchable.role();
		List<RoleResult.Reason> reasons = new ArrayList<>();
		for (Skill skill : filter.skills()) {
			searchable.skill(skill.slug()).ifPresent(link -> reasons.add(skillReason(query, link, true)));
		}
		for (Tool tool : filter.tools()) {
			searchable.tool(tool.slug()).ifPresent(link -> reasons.add(toolReason(query, link, true)));
		}
		for (Language language : filter.languages()) {
			searchable.language(language.slug()).ifPresent(link -> reasons.add(languageReason(query, link, true)));
		}
		SearchQuery.Found name = query.find(names(searchable), meaning -> meaning.roles().contains(role));
		// Without a search, nothing else can be found: only the options chosen are
		// reasons. Looking through every link, use case and sentence of advice for
		// nothing was most of the ranking's cost on a filter without a search.
		if (!query.terms().isEmpty()) {
			addFound(query, filter, searchable, name, reasons);
		}
		return new RoleResult(role, name.highlight(searchable.name()), role.headlineSalary(),
				filter.minSalary() != null, reasons, null);
	}

	/** The role's name and short name, those it has, folded. */
	private static List<FoldedText> names(SearchableRole searchable) {
		return searchable.shortName() == null ? List.of(searchable.name())
				: List.of(searchable.name(), searchable.shortName());
	}

	/**
	 * Adds the reasons a search found in the role's names, links, use cases and advice.
	 */
	private static void addFound(SearchQuery query, RoleFilter filter, SearchableRole searchable,
			SearchQuery.Found name, List<RoleResult.Reason> reasons) {
		Role role = searchable.role();
		if (name.any()) {
			reasons.add(new RoleResult.Reason("Name", name.highlight(searchable.name()), "/roles/" + role.slug(), null,
					false, name.shortForms()));
		}
		// A reason only for what the search found: a found name always carries a mark,
		// and one it did not find none. Highlighting every link of the role (some fifty)
		// to throw most of them away was a third of a search's ranking (bench/RESULTS.md,
		// "Rendering, twelfth round").
		for (Named<RoleSkill> link : searchable.skills()) {
			Skill skill = link.entry().skill();
			if (!filter.skills().contains(skill)) {
				SearchQuery.Found found = query.find(link.name(), meaning -> meaning.skills().contains(skill));
				if (found.any()) {
					reasons.add(skillReason(link, false, found));
				}
			}
		}
		for (Named<RoleTool> link : searchable.tools()) {
			Tool tool = link.entry().tool();
			if (!filter.tools().contains(tool)) {
				SearchQuery.Found found = query.find(link.name(), meaning -> meaning.tools().contains(tool));
				if (found.any()) {
					reasons.add(toolReason(link, false, found));
				}
			}
		}
		for (Named<RoleLanguage> link : searchable.languages()) {
			Language language = link.entry().language();
			if (!filter.languages().contains(language)) {
				SearchQuery.Found found = query.find(link.name(), meaning -> meaning.languages().contains(language));
				if (found.any()) {
					reasons.add(languageReason(link, false, found));
				}
			}
		}
		List<SearchQuery.ProjectMatch> projects = query.projectLinks(role);
		for (SearchableRole.SearchableUseCase useCase : searchable.useCases()) {
			useCaseReason(query, role, useCase, projects).ifPresent(reasons::add);
		}
		reasons.addAll(hiringReasons(query, searchable, projects));
	}

	/**
	 * A use case of the role that the search found, in its own words or through a kind of
	 * project that cites it. A role's own use case is core to it; one that only a
	 * project's link reaches is as central as that link says.
	 */
	private static Optional<RoleResult.Reason> useCaseReason(SearchQuery query, Role role,
			SearchableRole.SearchableUseCase searchable, List<SearchQuery.ProjectMatch> projects) {
		UseCase useCase = searchable.useCase();
		SearchQuery.Found direct = query.find(searchable.texts(), meaning -> false);
		List<SearchQuery.ProjectMatch> cited = projects.stream()
			.filter(match -> useCase.equals(match.link().useCase()))
			.toList();
		if (!direct.any() && cited.isEmpty()) {
			return Optional.empty();
		}
		Importance importance = direct.any() || cited.stream().anyMatch(match -> match.link().core()) ? Importance.CORE
				: Importance.SECONDARY;
		return Optional.of(new RoleResult.Reason("Use case",
				direct.any() ? direct.highlight(searchable.title()) : Highlighted.whole(useCase.title()),
				"/roles/" + role.slug() + "#use-cases", importance, false,
				direct.any() ? List.of() : cited.stream().map(SearchQuery.ProjectMatch::words).distinct().toList()));
	}

	/**
	 * The sentences of the role's advice on when to hire one that the search found, and
	 * the phrases of it that a kind of project found by name cites. A sentence of advice
	 * is secondary: it mentions the words rather than naming what the role is for.
	 */
	private static List<RoleResult.Reason> hiringReasons(SearchQuery query, SearchableRole searchable,
			List<SearchQuery.ProjectMatch> projects) {
		List<RoleResult.Reason> reasons = new ArrayList<>();
		String href = "/roles/" + searchable.role().slug() + "#hiring";
		for (FoldedText sentence : searchable.adviceSentences()) {
			SearchQuery.Found found = query.find(sentence, meaning -> false);
			if (found.any()) {
				reasons.add(new RoleResult.Reason("When to hire", found.highlight(sentence), href, Importance.SECONDARY,
						false, List.of()));
			}
		}
		projects.stream()
			.filter(match -> !match.link().citesUseCase())
			.forEach(match -> reasons
				.add(new RoleResult.Reason("When to hire", Highlighted.whole(match.link().hiringPhrase()), href,
						match.link().importance(), false, List.of(match.words()))));
		return reasons;
	}

	private static RoleResult.Reason skillReason(SearchQuery query, Named<RoleSkill> link, boolean chosen) {
		Skill skill = link.entry().skill();
		return skillReason(link, chosen, query.find(link.name(), meaning -> meaning.skills().contains(skill)));
	}

	private static RoleResult.Reason skillReason(Named<RoleSkill> link, boolean chosen, SearchQuery.Found found) {
		return reason("Skill", link.name(), "/skills/" + link.entry().skill().slug(), link.entry().importance(), chosen,
				found);
	}

	private static RoleResult.Reason toolReason(SearchQuery query, Named<RoleTool> link, boolean chosen) {
		Tool tool = link.entry().tool();
		return toolReason(link, chosen, query.find(link.name(), meaning -> meaning.tools().contains(tool)));
	}

	private static RoleResult.Reason toolReason(Named<RoleTool> link, boolean chosen, SearchQuery.Found found) {
		return reason("Tool", link.name(), "/tools/" + link.entry().tool().slug(), link.entry().importance(), chosen,
				found);
	}

	private static RoleResult.Reason languageReason(SearchQuery query, Named<RoleLanguage> link, boolean chosen) {
		Language language = link.entry().language();
		return languageReason(link, chosen, query.find(link.name(), meaning -> meaning.languages().contains(language)));
	}

	private static RoleResult.Reason languageReason(Named<RoleLanguage> link, boolean chosen, SearchQuery.Found found) {
		return reason("Language", link.name(), "/roles?language=" + link.entry().language().slug(),
				link.entry().importance(), chosen, found);
	}

	private static RoleResult.Reason reason(String kind, FoldedText name, String href, Importance importance,
			boolean chosen, SearchQuery.Found found) {
		return new RoleResult.Reason(kind, found.highlight(name), href, importance, chosen, found.shortForms());
	}

}
